package dev.watchtower.ingestion.incident;

import java.math.BigDecimal;
import java.util.List;

import dev.watchtower.ingestion.classification.DataLevel;
import org.jspecify.annotations.Nullable;

/**
 * The impact figures an institution states; every figure is optional.
 *
 * @param outageMinutes total interruption of main functions, minutes
 * @param peakHours whether the interruption fell in business peak hours
 * @param provincesAffected GB/T 2260 province codes
 * @param personsAffected natural persons affected
 * @param organizationsAffected legal persons and other organisations affected
 * @param personalRecordsLeaked personal-information records leaked
 * @param sensitiveRecordsLeaked sensitive personal-information records leaked
 * @param dataLevel highest data level involved
 * @param economicLossYuan direct economic loss, yuan
 * @param servesPersons natural persons the affected network directly serves
 * @param financialInfrastructure the affected network is financial infrastructure
 * @param paymentCritical closely tied to deposits, payments, tax remittance or interbank
 * trading
 * @param systemsAffected system names
 */
public record Impact(@Nullable Long outageMinutes, @Nullable Boolean peakHours, List<String> provincesAffected,
		@Nullable Long personsAffected, @Nullable Long organizationsAffected, @Nullable Long personalRecordsLeaked,
		@Nullable Long sensitiveRecordsLeaked, @Nullable DataLevel dataLevel, @Nullable BigDecimal economicLossYuan,
		@Nullable Long servesPersons, @Nullable Boolean financialInfrastructure, @Nullable Boolean paymentCritical,
		List<String> systemsAffected) {

	public Impact {
		provincesAffected = List.copyOf(provincesAffected);
		systemsAffected = List.copyOf(systemsAffected);
	}

	public static Impact none() {
		return new Impact(null, null, List.of(), null, null, null, null, null, null, null, null, null, List.of());
	}

}
