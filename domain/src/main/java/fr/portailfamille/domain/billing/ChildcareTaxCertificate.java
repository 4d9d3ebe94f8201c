package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * «Attestation fiscale pour frais de garde»: what a household paid in one civil year for the care of each of its
 * young children, which it declares for the tax credit of article 200 quater B of the Code général des impôts.
 *
 * <p>The rules, as the tax administration words them (impots.gouv.fr, «Frais de garde des jeunes enfants», and
 * BOI-IR-RICI-300):
 * <ul>
 *   <li><b>Children under 6 on 1 January of the year</b> — the administration counts by birth year: for the income of
 *       2026, children born from 1 January 2020 on (a child born on 1 January 2020 counts).</li>
 *   <li><b>Amounts actually paid in the year</b>: an invoice counts in the year it was paid, whatever month it bills;
 *       an invoice not paid yet counts for nothing. A credit note on a paid invoice stands for a refund and is taken
 *       off (when issued by 31 December of the year: a refund of the next year belongs to the next year).</li>
 *   <li><b>Care outside the home</b>: garderie before and after school, Wednesday and holiday leisure centres count;
 *       <b>meals are excluded</b> («les frais de nourriture sont exclus»): the school canteen never counts.</li>
 *   <li><b>Aid received is taken off</b>: an invoice paid with CESU (préfinancés by an employer — a régie takes no
 *       other kind) is excluded, the employer's aid not being the family's expense.</li>
 * </ul>
 * A line the portal cannot tie to a child of the household or to a stored activity is left out rather than guessed:
 * the certificate never states more than the town can prove.
 */
public record ChildcareTaxCertificate(long householdId, int year, List<ChildAmount> children) {

    /** One child's line on the certificate. */
    public record ChildAmount(long childId, String childName, LocalDate birthDate, Money paid) {
    }

    public ChildcareTaxCertificate {
        if (householdId <= 0) throw new IllegalArgumentException("householdId");
        children = List.copyOf(children);
        if (children.isEmpty()) throw new IllegalArgumentException("a certificate names at least one child");
    }

    public Money total() {
        return Money.sum(children.stream().map(ChildAmount::paid).toList());
    }

    /** Under 6 on 1 January of {@code year}, counted by birth year as the administration does. */
    public static boolean youngEnough(LocalDate birthDate, int year) {
        return birthDate.getYear() >= year - 6;
    }

    /** Care, not meals. */
    public static boolean childcare(ActivityKind activity) {
        return activity != null && activity != ActivityKind.RESTAURATION_SCOLAIRE;
    }

    /**
     * Whether the line counts for {@code year}: a known, young enough child, a childcare activity, an invoice paid in
     * that year other than with CESU, and — for a credit note's line — issued by the end of the year.
     */
    public static boolean counts(PaidChildcare line, int year) {
        return line.childId() != null && youngEnough(line.birthDate(), year) && childcare(line.activity())
                && line.paidOn().getYear() == year && line.method() != PaymentMethod.CESU;
    }

    /**
     * The certificates of {@code year}, one per household with at least one child's positive amount, ordered by
     * household; children by name. {@code lines} are those of invoices paid in that year and of their credit notes
     * issued by its end (others are ignored here all the same).
     */
    public static List<ChildcareTaxCertificate> forYear(int year, List<PaidChildcare> lines) {
        Objects.requireNonNull(lines, "lines");
        Map<Long, Map<Long, ChildAmount>> byHousehold = new TreeMap<>();
        for (PaidChildcare line : lines) {
            if (!counts(line, year)) continue;
            byHousehold.computeIfAbsent(line.householdId(), h -> new LinkedHashMap<>())
                    .merge(line.childId(), new ChildAmount(line.childId(), line.childName(), line.birthDate(), line.amount()),
                            (a, b) -> new ChildAmount(a.childId(), a.childName(), a.birthDate(), a.paid().plus(b.paid())));
        }
        var certificates = new ArrayList<ChildcareTaxCertificate>();
        byHousehold.forEach((household, children) -> {
            var paid = children.values().stream().filter(c -> c.paid().isPositive())
                    .sorted(Comparator.comparing(ChildAmount::childName).thenComparing(ChildAmount::childId)).toList();
            if (!paid.isEmpty()) certificates.add(new ChildcareTaxCertificate(household, year, paid));
        });
        return List.copyOf(certificates);
    }

    /** Lines left out because the portal could not tie them to a child or an activity: the staff page says how many. */
    public static long unresolved(int year, List<PaidChildcare> lines) {
        return lines.stream().filter(l -> l.paidOn().getYear() == year && (l.childId() == null || l.activity() == null)).count();
    }
}
