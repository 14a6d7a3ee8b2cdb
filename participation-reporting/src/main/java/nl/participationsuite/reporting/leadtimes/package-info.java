/** Phase lead times: days in each phase per trajectory, and their median and 90th percentile over a portfolio. */
package nl.participationsuite.reporting.leadtimes;
