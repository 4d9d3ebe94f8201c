package fr.portailfamille.domain.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a régie writes its invoice numbers, as a template: {@code {prefix}} the régie's prefix, {@code {yyyy}} or
 * {@code {yy}} the year and {@code {MM}} the month of the invoicing month, {@code {seq:N}} the sequence on N
 * digits (3 to 9) with leading zeros; anything else is literal (capital letters, digits, «-», «/», «_»).
 * The default {@value #DEFAULT_TEMPLATE} gives «PERI2105-000123».
 *
 * <p>Year, month and sequence are required: the sequence restarts every year (see {@link InvoiceSequence}), so
 * without the year two invoices could share a number. Every part has a fixed width once the prefix is known,
 * which is what makes {@link #parse} unambiguous.
 */
public record InvoiceNumberPattern(String template) {

    /** Declared before {@link #DEFAULT}, whose construction uses it. */
    private static final Pattern TOKEN = Pattern.compile("\\{(prefix|yyyy|yy|MM|seq:[3-9])}|[A-Z0-9/_-]");

    public static final String DEFAULT_TEMPLATE = "{prefix}{yy}{MM}-{seq:6}";
    public static final InvoiceNumberPattern DEFAULT = new InvoiceNumberPattern(DEFAULT_TEMPLATE);

    public static final String NO_SEQUENCE = "Le modèle doit contenir le numéro d'ordre, par exemple {seq:6}.";
    public static final String NO_YEAR = "Le modèle doit contenir l'année, {yy} ou {yyyy} : la numérotation repart à 1 chaque année.";
    public static final String NO_MONTH = "Le modèle doit contenir le mois, {MM}.";
    public static final String REPEATED = "Chaque élément ({prefix}, année, {MM}, {seq:N}) ne peut figurer qu'une fois dans le modèle.";
    public static final String BAD_PART = "Le modèle ne peut contenir que {prefix}, {yy}, {yyyy}, {MM}, {seq:N} (N de 3 à 9), "
            + "des lettres majuscules, des chiffres et les signes - / _.";

    public InvoiceNumberPattern {
        Objects.requireNonNull(template, "template");
        List<String> problems = problems(template);
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid template «" + template + "»: " + problems);
    }

    /** Why an agent's template cannot be used, in French; empty when it can. */
    public static List<String> problems(String template) {
        List<String> found = new ArrayList<>();
        var parts = tokens(template == null ? "" : template);
        if (parts.isEmpty()) {
            found.add(BAD_PART);
            return found;
        }
        long seq = parts.stream().filter(p -> p.startsWith("{seq:")).count();
        long year = parts.stream().filter(p -> p.equals("{yy}") || p.equals("{yyyy}")).count();
        long month = parts.stream().filter(p -> p.equals("{MM}")).count();
        long prefix = parts.stream().filter(p -> p.equals("{prefix}")).count();
        if (seq == 0) found.add(NO_SEQUENCE);
        if (year == 0) found.add(NO_YEAR);
        if (month == 0) found.add(NO_MONTH);
        if (seq > 1 || year > 1 || month > 1 || prefix > 1) found.add(REPEATED);
        return List.copyOf(found);
    }

    /** «PERI2105-000123» for ("PERI", 2021-05, 123). A sequence wider than the template allows is a bug. */
    public InvoiceNumber format(String prefix, YearMonth month, int sequence) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(month, "month");
        if (sequence < 1) throw new IllegalArgumentException("sequences start at 1");
        StringBuilder out = new StringBuilder();
        for (String part : tokens(template)) {
            switch (part) {
                case "{prefix}" -> out.append(prefix);
                case "{yyyy}" -> out.append(String.format("%04d", month.getYear()));
                case "{yy}" -> out.append(String.format("%02d", month.getYear() % 100));
                case "{MM}" -> out.append(String.format("%02d", month.getMonthValue()));
                default -> {
                    if (part.startsWith("{seq:")) {
                        int width = sequenceWidth(part);
                        String digits = Integer.toString(sequence);
                        if (digits.length() > width) {
                            throw new IllegalStateException("sequence " + sequence + " does not fit on " + width + " digits");
                        }
                        out.append("0".repeat(width - digits.length())).append(digits);
                    } else {
                        out.append(part);
                    }
                }
            }
        }
        return new InvoiceNumber(out.toString(), month, sequence);
    }

    /**
     * Reads a number written with this template and the régie's prefix (surrounding spaces and lower case
     * forgiven, as typed in a search box); empty when it is not one. With {@code {yy}} the century is 20xx.
     */
    public Optional<InvoiceNumber> parse(String prefix, String text) {
        Objects.requireNonNull(prefix, "prefix");
        if (text == null) return Optional.empty();
        Matcher m = regex(prefix).matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        int year = template.contains("{yyyy}") ? Integer.parseInt(m.group("yyyy")) : 2000 + Integer.parseInt(m.group("yy"));
        int monthValue = Integer.parseInt(m.group("MM"));
        int sequence = Integer.parseInt(m.group("seq"));
        if (monthValue < 1 || monthValue > 12 || sequence < 1) return Optional.empty();
        InvoiceNumber number = format(prefix, YearMonth.of(year, monthValue), sequence);
        return Optional.of(number);
    }

    private Pattern regex(String prefix) {
        StringBuilder re = new StringBuilder();
        for (String part : tokens(template)) {
            switch (part) {
                case "{prefix}" -> re.append(Pattern.quote(prefix.toUpperCase(Locale.ROOT)));
                case "{yyyy}" -> re.append("(?<yyyy>\\d{4})");
                case "{yy}" -> re.append("(?<yy>\\d{2})");
                case "{MM}" -> re.append("(?<MM>\\d{2})");
                default -> re.append(part.startsWith("{seq:")
                        ? "(?<seq>\\d{" + sequenceWidth(part) + "})"
                        : Pattern.quote(part));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static int sequenceWidth(String seqToken) {
        return seqToken.charAt(5) - '0';
    }

    /** The template cut into tokens and literal characters; empty when any part is not allowed. */
    private static List<String> tokens(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(template);
        int at = 0;
        while (at < template.length()) {
            if (!m.find(at) || m.start() != at) return List.of();
            parts.add(m.group());
            at = m.end();
        }
        return parts;
    }
}
