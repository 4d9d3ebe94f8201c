package fr.portailfamille.bootstrap.archfixture;

import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.mail.JooqMailOutbox;

import java.time.Clock;

/** A planted mistake for {@code BuiltOnceTest}: two areas each with their own outbox over the same table. */
final class OutboxBuiltTwice {

    static MailOutbox[] outboxes(Db db, Clock clock) {
        return new MailOutbox[] {new JooqMailOutbox(db, clock), ports(db, clock)};
    }

    static MailOutbox ports(Db db, Clock clock) {
        return new JooqMailOutbox(db, clock);
    }

    static MailOutbox[] portsTwice(Db db, Clock clock) {
        return new MailOutbox[] {ports(db, clock), ports(db, clock)};
    }
}
