package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.QuotientSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Out-port: the State's «quotient familial CAF &amp; MSA» (API Particulier), asked for one allocataire, only once the
 * family agreed. Never called during an invoicing run: what it answers is kept ({@link QuotientRepository}) and runs
 * read what was kept.
 */
public interface QuotientLookup {

    Answer lookup(Allocataire allocataire);

    /**
     * The allocataire as the service identifies them (the «identité pivot»): birth name, first names, sex, birth date,
     * and the INSEE code of the birth town (born in France) or of the birth country (born abroad).
     */
    record Allocataire(String birthName, List<String> firstNames, String sex, LocalDate birthDate, String birthTownInsee, String birthCountryInsee) {
        public Allocataire {
            Objects.requireNonNull(birthName, "birthName");
            firstNames = List.copyOf(firstNames);
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }

    sealed interface Answer {
        /** @param referenceMonth the month the CAF or the MSA computed this quotient for */
        record Found(int euros, QuotientSource source, YearMonth referenceMonth) implements Answer {
        }

        /** Neither the CAF nor the MSA knows this person. */
        record NotFound() implements Answer {
        }

        /** Down, too slow, refused the town's token, or answered something unreadable. */
        record Failed(String detail) implements Answer {
        }
    }
}
