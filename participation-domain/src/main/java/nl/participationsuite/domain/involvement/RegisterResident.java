package nl.participationsuite.domain.involvement;

/**
 * A resident the coordinator registers for a trajectory: who they are (e-mail and phone are
 * optional; many residents reached door to door have neither) and how they were reached;
 * {@code networkId} names the network for {@link RecruitmentChannel#EXISTING_NETWORK}.
 */
public record RegisterResident(String displayName, String email, String phone, RecruitmentChannel channel,
        ExistingNetworkId networkId) {
}
