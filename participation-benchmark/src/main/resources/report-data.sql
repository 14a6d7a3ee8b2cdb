-- Realistic report data for trajectories :first .. :last (issue 11's benchmark), written straight into the
-- domain tables in sets: the reports read domain tables only, so no process instances are needed. Each
-- trajectory stands in a phase by its number (as the seeder of issue 10 spreads them), with a history
-- that ends today: phase transitions, residents (some stepped back), recruitment through 1-3 channels,
-- motivation profiles, vision versions and criteria, role agreements, a steering group with seats,
-- backgrounds and now and then an override, decision rounds with votes, input (answered on time, late or
-- not yet), successes, a success report, progress updates, support requests, conditions checks and
-- meetings. Statements are separated by lines holding only ";;".
create temp table g on commit drop as
select n, gen_random_uuid() as id, slot,
       case when slot < 3 then 0 when slot < 6 then 1 when slot < 9 then 2 when slot < 11 then 3 when slot < 13 then 4
            when slot < 17 then 5 when slot = 17 then 6 else 7 end as ord,
       make_interval(days => 12 + (n * 7919) % 41) as step,
       3 + n % 10 as residents, n % 4 as org, random() as r1, random() as r2
from (select n, n % 20 as slot from generate_series(:first, :last) n) s;
;;
alter table g add column reached int, add column started_at timestamptz, add column closed_at timestamptz,
              add column organisation_id uuid, add column coordinator_id uuid, add column colleague_id uuid;
;;
update g set reached = case when ord < 7 then ord when n % 40 = 18 then 1 else 6 end;
;;
update g set started_at = case when ord < 7 then now() - step * (ord + 0.3 + 0.6 * r1)
                               else now() - step * (reached + 1) - make_interval(days => (r2 * 200)::int) end;
;;
update g set closed_at = case when ord = 7 then started_at + step * (reached + 1) end,
             organisation_id = (select id from organisation where name = 'Bench organisatie ' || g.org),
             coordinator_id = (select id from person where display_name = 'Bench coordinator ' || g.org || '-' || (g.n % 8)),
             colleague_id = (select id from person where display_name = 'Bench coordinator ' || g.org || '-' || ((g.n + 1) % 8));
;;
insert into trajectory (id, reference, title, topic, area, kind, intended_level, phase, cycle, organisation_id, coordinator_id,
    contact_person_id, minimum_residents, minimum_channels, started_at, closed_at, closed_early_reason,
    created_at, created_by, modified_at, modified_by, version)
select id, 'RB-' || lpad(n::text, 6, '0'), 'Rapportagebenchmark ' || n, 'report-bench', 'Wijk ' || (n % 97),
       case when n % 2 = 0 then 'ORGANISATION_PROJECT' else 'RESIDENT_INITIATIVE' end,
       (array['CONSULTATION', 'COMMUNICATION', 'PARTICIPATION'])[1 + n % 3],
       (array['EARLY_INVOLVEMENT', 'MOTIVATION', 'SHARED_VISION', 'ROLE_AGREEMENTS', 'DECISION_SEATS', 'WORKING_TOGETHER',
              'EVALUATION', 'CLOSED'])[1 + ord],
       1, organisation_id, coordinator_id, coordinator_id, 5, 2, started_at, closed_at,
       case when ord = 7 and reached = 1 then 'Benchmark: te weinig inwoners gevonden' end,
       now(), 'bench', now(), 'bench', 0
from g;
;;
insert into phase_transition (id, trajectory_id, cycle, phase, entered_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), g.id, 1,
       (array['EARLY_INVOLVEMENT', 'MOTIVATION', 'SHARED_VISION', 'ROLE_AGREEMENTS', 'DECISION_SEATS', 'WORKING_TOGETHER',
              'EVALUATION'])[1 + k], g.started_at + g.step * k, now(), 'bench', now(), 'bench', 0
from g cross join lateral generate_series(0, g.reached) k
union all
select gen_random_uuid(), g.id, 1, 'CLOSED', g.closed_at, now(), 'bench', now(), 'bench', 0 from g where g.ord = 7;
;;
create temp table gp on commit drop as
select gen_random_uuid() as id, g.id as trajectory_id, g.n, -1 as r, g.coordinator_id as person_id, 'PROFESSIONAL' as kind,
       g.started_at as joined_at, null::timestamptz as stepped_back_at
from g
union all
select gen_random_uuid(), g.id, g.n, -2, g.colleague_id, 'PROFESSIONAL', g.started_at + interval '1 day', null from g
union all
select gen_random_uuid(), g.id, g.n, r,
       (select id from person where display_name = 'Bench inwoner ' || ((g.n * 13 + r * 7) % 3000)),
       'RESIDENT', g.started_at + make_interval(days => r),
       case when (g.n + r) % 7 = 0 and g.reached >= 1
                 and g.started_at + g.step * 1.5 + make_interval(days => r) < coalesce(g.closed_at, now())
            then g.started_at + g.step * 1.5 + make_interval(days => r) end
from g cross join lateral generate_series(0, g.residents - 1) r;
;;
insert into participant (id, trajectory_id, person_id, kind, joined_at, stepped_back_at, created_at, created_by, modified_at, modified_by, version)
select id, trajectory_id, person_id, kind, joined_at, stepped_back_at, now(), 'bench', now(), 'bench', 0 from gp;
;;
insert into recruitment (id, trajectory_id, participant_id, channel, recorded_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gp.trajectory_id, gp.id,
       (array['DOOR_TO_DOOR', 'ONLINE', 'FRONT_LINE_PROFESSIONAL', 'PERSONAL_NETWORK', 'EVENT'])[1 + (gp.n + gp.r) % (1 + gp.n % 3)],
       gp.joined_at, now(), 'bench', now(), 'bench', 0
from gp where gp.kind = 'RESIDENT';
;;
insert into motivation_profile (id, trajectory_id, participant_id, revision, energy_sources, hours_per_month, involvement_kinds,
    preferred_times, source, recorded_by, recorded_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gp.trajectory_id, gp.id, 1, 'BUDDY', 4 + gp.r, '',
       (array['EVENING', 'EVENING,WEEKEND', 'AFTERNOON'])[1 + (gp.n + gp.r) % 3], 'CONVERSATION', g.coordinator_id,
       g.started_at + g.step + make_interval(hours => gp.r), now(), 'bench', now(), 'bench', 0
from gp join g on g.id = gp.trajectory_id
where gp.kind = 'RESIDENT' and g.reached >= 1 and (gp.n + gp.r) % 5 <> 0;
;;
create temp table gv on commit drop as
select gen_random_uuid() as id, g.id as trajectory_id, g.n, 1 as number,
       case when g.reached >= 3 and g.n % 3 <> 0 then 'ADOPTED' when g.reached >= 3 then 'SUPERSEDED' else 'IN_REVIEW' end as status,
       g.started_at + g.step * 2 + interval '2 days' as submitted_at,
       case when g.reached >= 3 and g.n % 3 <> 0 then g.started_at + g.step * 3 - interval '1 day' end as adopted_at,
       case when g.reached >= 3 and g.n % 3 = 0 then g.started_at + g.step * 2.5 end as superseded_at
from g where g.reached >= 2
union all
select gen_random_uuid(), g.id, g.n, 2, 'ADOPTED', g.started_at + g.step * 2.6, g.started_at + g.step * 3 - interval '1 day', null
from g where g.reached >= 3 and g.n % 3 = 0;
;;
insert into vision_version (id, trajectory_id, number, status, shared_goal, submitted_at, adopted_at, superseded_at,
    created_at, created_by, modified_at, modified_by, version)
select id, trajectory_id, number, status, 'Samen werken aan een gezonde wijk', submitted_at, adopted_at, superseded_at,
       now(), 'bench', now(), 'bench', 0 from gv;
;;
insert into success_criterion (id, vision_version_id, position, description, measured_by, target, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gv.id, p, 'Criterium ' || p, 'Telling', 'Meer dan tien', now(), 'bench', now(), 'bench', 0
from gv cross join generate_series(1, 2) p where gv.status = 'ADOPTED';
;;
insert into role_agreement (id, trajectory_id, participant_id, revision, role, responsibilities, hours_per_month, status,
    proposed_at, answered_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gp.trajectory_id, gp.id, 1, case when gp.kind = 'RESIDENT' then 'DECISION_MAKER' else 'PROFESSIONAL_SUPPORT' end,
       'Meedenken en meebeslissen', 4, case when (gp.n + gp.r) % 8 = 0 then 'PROPOSED' else 'ACCEPTED' end,
       g.started_at + g.step * 3, case when (gp.n + gp.r) % 8 <> 0 then g.started_at + g.step * 3 + interval '2 days' end,
       now(), 'bench', now(), 'bench', 0
from gp join g on g.id = gp.trajectory_id where g.reached >= 4;
;;
create temp table gs on commit drop as
select gen_random_uuid() as id, g.id as trajectory_id, g.n, g.started_at + g.step * 4.5 as assigned_at from g where g.reached >= 5;
;;
insert into steering_group (id, trajectory_id, created_at, created_by, modified_at, modified_by, version)
select id, trajectory_id, now(), 'bench', now(), 'bench', 0 from gs;
;;
create temp table gseat on commit drop as
select gen_random_uuid() as id, gs.id as steering_group_id, gp.id as holder_id, gp.kind as holder_kind, gp.r, gs.n,
       gs.assigned_at, gp.stepped_back_at as vacated_at
from gs join gp on gp.trajectory_id = gs.trajectory_id
where gp.r < 0 or gp.r < case when gs.n % 11 = 0 then 1 else 3 end;
;;
insert into seat (id, steering_group_id, holder_id, holder_kind, term_from, term_until, assigned_at, accepted_at, vacated_at,
    created_at, created_by, modified_at, modified_by, version)
select id, steering_group_id, holder_id, holder_kind, assigned_at::date, (assigned_at + interval '2 years')::date, assigned_at,
       assigned_at + interval '1 day', vacated_at, now(), 'bench', now(), 'bench', 0 from gseat;
;;
insert into seat_background (seat_id, background)
select id, (array['LIVED_EXPERIENCE_DEBTS', 'LOW_INCOME', 'CHRONIC_ILLNESS', 'INFORMAL_CARER', 'YOUTH', 'SENIOR',
                  'MIGRATION_BACKGROUND', 'DISABILITY', 'NEIGHBOURHOOD_RESIDENT', 'OTHER'])[1 + (n + r) % 10]
from gseat where holder_kind = 'RESIDENT';
;;
insert into composition_override (id, steering_group_id, given_by, given_at, justification, broken_rules,
    created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gs.id, g.coordinator_id, gs.assigned_at, 'Een tweede inwoner schuift na de zomer aan',
       'seats.too-few-residents,seats.single-background', now(), 'bench', now(), 'bench', 0
from gs join g on g.id = gs.trajectory_id where gs.n % 11 = 0;
;;
create temp table gr on commit drop as
select gen_random_uuid() as id, gs.id as steering_group_id, gs.trajectory_id, gs.n, k,
       gs.assigned_at + make_interval(days => 10 * k) as opened_at
from gs join g on g.id = gs.trajectory_id cross join lateral generate_series(1, gs.n % 5) k
where gs.assigned_at + make_interval(days => 10 * k + 7) < coalesce(g.closed_at, now());
;;
insert into decision_round (id, steering_group_id, trajectory_id, title, proposal, deadline, opened_at, closed_at, outcome,
    created_at, created_by, modified_at, modified_by, version)
select id, steering_group_id, trajectory_id, 'Voorstel ' || k, 'Het voorstel', opened_at + interval '7 days', opened_at,
       opened_at + interval '7 days', case when (n + k) % 4 = 0 then 'REJECTED' else 'ADOPTED' end, now(), 'bench', now(), 'bench', 0
from gr;
;;
insert into round_vote (id, decision_round_id, participant_id, choice, cast_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gr.id, gseat.holder_id, case when (gr.n + gr.k + gseat.r) % 5 = 0 then 'AGAINST' else 'FOR' end,
       gr.opened_at + interval '1 day', now(), 'bench', now(), 'bench', 0
from gr join gseat on gseat.steering_group_id = gr.steering_group_id
where (gseat.vacated_at is null or gseat.vacated_at > gr.opened_at) and (gr.n + gr.k + gseat.r) % 4 <> 0;
;;
create temp table gi on commit drop as
select gen_random_uuid() as id, g.id as trajectory_id, g.n, k, g.coordinator_id,
       (select gp.id from gp where gp.trajectory_id = g.id and gp.r = k % g.residents) as participant_id,
       g.started_at + g.step * 5 + make_interval(days => 6 * k) as received_at,
       coalesce(g.closed_at, now()) as until
from g cross join lateral generate_series(1, g.n % 9) k
where g.reached >= 5 and g.started_at + g.step * 5 + make_interval(days => 6 * k) < coalesce(g.closed_at, now());
;;
insert into resident_input (id, trajectory_id, participant_id, channel, topic, text, received_at, due_at, status, feedback,
    feedback_at, feedback_by, escalated_at, created_at, created_by, modified_at, modified_by, version)
select id, trajectory_id, participant_id, 'PORTAL', 'Thema', 'Inbreng van een inwoner', received_at, received_at + interval '14 days',
       case when answered then 'ADOPTED' else 'RECEIVED' end,
       case when answered then 'Dank voor uw inbreng' end, case when answered then answer_at end,
       case when answered then coordinator_id end,
       case when (answered and answer_at > received_at + interval '14 days')
                 or (not answered and received_at + interval '15 days' < until) then received_at + interval '15 days' end,
       now(), 'bench', now(), 'bench', 0
from (select gi.*, least(received_at + make_interval(days => (n * k) % 25), until) as answer_at,
             not ((n + k) % 6 = 0 and received_at > until - interval '40 days')
             and received_at + make_interval(days => (n * k) % 25) <= until as answered
      from gi) x;
;;
insert into success (id, trajectory_id, cycle, kind, title, achieved_on, visible_at, visible_how, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), g.id, 1, case when k = 1 then 'QUICK_WIN' else 'MILESTONE' end, 'Succes ' || k,
       (g.started_at + g.step * 5 + make_interval(days => 20 * k))::date,
       case when (g.n + k) % 3 <> 0 then g.started_at + g.step * 5 + make_interval(days => 20 * k + 3) end,
       case when (g.n + k) % 3 <> 0 then 'NEWSLETTER' end, now(), 'bench', now(), 'bench', 0
from g cross join lateral generate_series(1, g.n % 4) k
where g.reached >= 5 and g.started_at + g.step * 5 + make_interval(days => 20 * k + 3) < coalesce(g.closed_at, now());
;;
create temp table gsr on commit drop as
select gen_random_uuid() as id, g.id as trajectory_id, g.n, gv.id as vision_version_id, g.started_at + g.step * 6 + interval '3 days' as reported_at
from g join gv on gv.trajectory_id = g.id and gv.status = 'ADOPTED'
where g.reached >= 6 and g.started_at + g.step * 6 + interval '3 days' < coalesce(g.closed_at, now());
;;
insert into success_report (id, trajectory_id, cycle, vision_version_id, summary, decision, reported_at, created_at, created_by, modified_at, modified_by, version)
select id, trajectory_id, 1, vision_version_id, 'Evaluatie van de eerste ronde', 'CLOSE', reported_at, now(), 'bench', now(), 'bench', 0 from gsr;
;;
insert into criterion_assessment (id, success_report_id, position, success_criterion_id, result, explanation, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gsr.id, sc.position, sc.id, (array['MET', 'PARTLY_MET', 'NOT_MET'])[1 + (gsr.n + sc.position) % 3],
       'Toelichting', now(), 'bench', now(), 'bench', 0
from gsr join success_criterion sc on sc.vision_version_id = gsr.vision_version_id;
;;
insert into progress_update (id, trajectory_id, message, channel, sent_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), g.id, 'Stand van zaken', 'PORTAL', g.started_at + g.step * 5 + make_interval(days => k * (20 + g.n % 25)),
       now(), 'bench', now(), 'bench', 0
from g cross join lateral generate_series(1, 40) k
where g.reached >= 5 and g.started_at + g.step * 5 + make_interval(days => k * (20 + g.n % 25)) < coalesce(g.closed_at, now());
;;
insert into support_request (id, trajectory_id, participant_id, kind, trip_date, trip_from, trip_to, training_name, training_provider,
    amount_cents, status, requested_at, decided_by, decided_at, rejection_reason, paid_at, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), gp.trajectory_id, gp.id, case when gp.r = 3 then 'TRAINING' else 'TRAVEL_COST' end,
       case when gp.r <> 3 then (g.started_at + g.step * 5)::date end, case when gp.r <> 3 then 'Lemelerveld' end,
       case when gp.r <> 3 then 'Dalfsen' end, case when gp.r = 3 then 'Vergadertraining' end,
       case when gp.r = 3 then 'Bibliotheek' end, case when gp.r <> 3 then 750 + (gp.n % 50) * 10 end,
       (array['REQUESTED', 'APPROVED', 'PAID', 'REJECTED'])[1 + (gp.n + gp.r) % 4], g.started_at + g.step * 5 + interval '1 day',
       case when (gp.n + gp.r) % 4 <> 0 then g.coordinator_id end,
       case when (gp.n + gp.r) % 4 <> 0 then g.started_at + g.step * 5 + interval '3 days' end,
       case when (gp.n + gp.r) % 4 = 3 then 'Buiten de regeling' end,
       case when (gp.n + gp.r) % 4 = 2 then g.started_at + g.step * 5 + interval '10 days' end,
       now(), 'bench', now(), 'bench', 0
from gp join g on g.id = gp.trajectory_id
where g.reached >= 5 and gp.r between 1 and 3 and g.n % 3 <> 0
  and g.started_at + g.step * 5 + interval '10 days' < coalesce(g.closed_at, now());
;;
create temp table gc on commit drop as
select gen_random_uuid() as id, g.id as trajectory_id, g.n, p, g.started_at + g.step * 5 + make_interval(days => 45 * p) as opened_at
from g cross join lateral generate_series(1, 1 + g.n % 3) p
where g.reached >= 5 and g.started_at + g.step * 5 + make_interval(days => 45 * p + 2) < coalesce(g.closed_at, now());
;;
insert into conditions_check (id, trajectory_id, period_number, opened_at, created_at, created_by, modified_at, modified_by, version)
select id, trajectory_id, p, opened_at, now(), 'bench', now(), 'bench', 0 from gc;
;;
create temp table ga on commit drop as
select gen_random_uuid() as id, gc.id as check_id, gc.trajectory_id, gc.n, gc.p, gp.id as participant_id, gp.kind, gp.r,
       gc.opened_at + interval '2 days' as answered_at
from gc join gp on gp.trajectory_id = gc.trajectory_id
where (gp.kind = 'RESIDENT' and gp.r < 3 and gp.stepped_back_at is null) or (gp.kind = 'PROFESSIONAL' and gc.n % 7 <> 0);
;;
insert into conditions_answer_set (id, check_id, trajectory_id, participant_id, participant_kind, answered_at, created_at, created_by, modified_at, modified_by, version)
select id, check_id, trajectory_id, participant_id, kind, answered_at, now(), 'bench', now(), 'bench', 0 from ga;
;;
insert into conditions_score (id, answer_set_id, condition, score, created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), ga.id, c.condition,
       case when ga.kind = 'RESIDENT' then 2 + (ga.n + ga.r + c.i + ga.p) % 3 else 3 + (ga.n + c.i) % 3 end,
       now(), 'bench', now(), 'bench', 0
from ga cross join (select condition, i from unnest(array['SHARED_VISION_AND_CLEAR_ROLES', 'INVOLVE_RESIDENTS_EARLY',
    'SAFE_AND_TRUSTED_ENVIRONMENT', 'SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP', 'BIGGER_ROLE_IN_DECISION_MAKING',
    'SKEWED_POWER_RELATIONS_ADDRESSED', 'MOTIVATIONS_OF_RESIDENTS', 'VISIBLE_QUICK_SUCCESSES', 'INVEST_IN_RESIDENTS',
    'FITTING_PARTICIPATION_ENVIRONMENT']) with ordinality u(condition, i)) c;
;;
insert into meeting (id, trajectory_id, starts_at, ends_at, venue_name, venue_type, neutral_facilitator, plain_language_checked,
    created_at, created_by, modified_at, modified_by, version)
select gen_random_uuid(), g.id, s.starts_at, s.starts_at + interval '2 hours', 'Ontmoetingsplek ' || k,
       (array['NEIGHBOURHOOD_CENTRE', 'SPORTS_CLUB', 'LIBRARY', 'NEUTRAL_PLACE', 'INSTITUTION'])[1 + (g.n + k) % 5],
       (g.n + k) % 3 <> 0, (g.n + k) % 4 <> 0, now(), 'bench', now(), 'bench', 0
from g cross join lateral generate_series(1, 2 + g.n % 4) k
cross join lateral (select date_trunc('day', g.started_at + make_interval(days => 9 * k)) + case when (g.n + k) % 4 = 0
    then interval '10 hours' else interval '19 hours 30 minutes' end as starts_at) s
where g.started_at + make_interval(days => 9 * k) < coalesce(g.closed_at, now());
