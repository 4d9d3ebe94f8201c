package fr.portailfamille.domain.bookings;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parser of {@link DeadlineRule}'s grammar, kept out of the public API. */
final class DeadlineGrammar {

    private static final String TIME = "(?:(\\d{1,3}) ?h ?(\\d{2})?|(\\d{1,3}):(\\d{2})|(minuit))";
    private static final Pattern DAYS = Pattern.compile(
            "j ?- ?(\\d{1,3})( jours? ouvres?)?(?: avant " + TIME + ")?( hors (?:les )?week-?ends? et (?:les )?jours? feries?)?");
    private static final Pattern PREVIOUS_MONTH = Pattern.compile("avant le (\\d{1,3})(?: ?er)? du mois precedent");
    private static final Pattern WEEKS = Pattern.compile("(?:semaine )?s ?- ?(\\d{1,3})");

    private DeadlineGrammar() {
    }

    static DeadlineRuleInput parse(String raw) {
        if (raw == null || raw.isBlank()) return new DeadlineRuleInput.Invalid(DeadlineRule.EMPTY);
        String shown = raw.strip();
        String text = normalise(shown);
        Matcher m = DAYS.matcher(text);
        if (m.matches()) return daysBefore(m, shown);
        m = PREVIOUS_MONTH.matcher(text);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            if (day < 2 || day > 28) return invalid(DeadlineRule.DAY_OF_MONTH_OUT_OF_RANGE, shown);
            return new DeadlineRuleInput.Valid(new DeadlineRule.BeforeDayOfPreviousMonth(day));
        }
        m = WEEKS.matcher(text);
        if (m.matches()) {
            int weeks = Integer.parseInt(m.group(1));
            if (weeks < 1 || weeks > DeadlineRule.WeeksBefore.MAX_WEEKS) return invalid(DeadlineRule.WEEKS_OUT_OF_RANGE, shown);
            return new DeadlineRuleInput.Valid(new DeadlineRule.WeeksBefore(weeks));
        }
        return invalid(DeadlineRule.UNKNOWN, shown);
    }

    private static DeadlineRuleInput daysBefore(Matcher m, String shown) {
        int days = Integer.parseInt(m.group(1));
        if (days > DeadlineRule.DaysBefore.MAX_DAYS) return invalid(DeadlineRule.DAYS_OUT_OF_RANGE, shown);
        boolean working = m.group(2) != null || m.group(8) != null;
        LocalTime cutOff;
        if (m.group(3) != null || m.group(5) != null) {
            int hour = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            String minutes = m.group(3) != null ? m.group(4) : m.group(6);
            int minute = minutes == null ? 0 : Integer.parseInt(minutes);
            if (hour == 0 && minute == 0) return new DeadlineRuleInput.Invalid(DeadlineRule.ZERO_HOUR);
            if (hour == 24 && minute == 0) {
                cutOff = LocalTime.MIDNIGHT;
            } else if (hour > 23 || minute > 59) {
                return invalid(DeadlineRule.BAD_TIME, shown);
            } else {
                cutOff = LocalTime.of(hour, minute);
            }
        } else {
            cutOff = LocalTime.MIDNIGHT; // «minuit», or no time at all: the whole day counts
        }
        return new DeadlineRuleInput.Valid(new DeadlineRule.DaysBefore(days, cutOff, working));
    }

    private static DeadlineRuleInput invalid(String message, String shown) {
        return new DeadlineRuleInput.Invalid(message.formatted(shown));
    }

    /** Lower case, no accents, one plain space, one plain hyphen: agents type «J–2  Avant 12H» too. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("[\\s\\u00A0\\u202F]+", " ")
                .strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
