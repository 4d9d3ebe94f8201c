package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.util.Objects;

/**
 * The extra a town charges per unit booked late (or used without booking): a fixed amount, or a percentage of
 * the unit price the household pays that day.
 *
 * <p>Rounding happens once, on the surcharge of one unit (half-up to the cent), never on a line total: the
 * surcharge line then reads «3 × 0,46 € = 1,38 €» and stays quantity × unit price exactly, like every line.
 */
public sealed interface LateBookingSurcharge {

    /** The surcharge for one unit whose price is {@code unitPrice}. */
    Money perUnit(Money unitPrice);

    /** «+ 1,00 € par unité» or «+ 10 % du prix unitaire», for the settings page. */
    String describe();

    record FixedAmount(Money amount) implements LateBookingSurcharge {
        public FixedAmount {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) throw new IllegalArgumentException("a surcharge is positive");
        }

        @Override
        public Money perUnit(Money unitPrice) {
            return amount;
        }

        @Override
        public String describe() {
            return "+ " + amount.format() + " par unité";
        }
    }

    /**
     * @param basisPoints hundredths of a percent: 1000 is 10 %, 1250 is 12,5 %; at most 10 000 (doubling the price)
     */
    record Percentage(int basisPoints) implements LateBookingSurcharge {
        public Percentage {
            if (basisPoints <= 0 || basisPoints > 10_000) throw new IllegalArgumentException("basisPoints must be in 1..10000");
        }

        @Override
        public Money perUnit(Money unitPrice) {
            return unitPrice.scaled(basisPoints, 10_000);
        }

        @Override
        public String describe() {
            String percent = basisPoints % 100 == 0
                    ? Integer.toString(basisPoints / 100)
                    : (basisPoints / 100) + "," + String.format("%02d", basisPoints % 100).replaceAll("0$", "");
            return "+ " + percent + "\u00A0% du prix unitaire";
        }
    }
}
