package fr.portailfamille.mail;

import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.mail.MailTransportContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The transport contract on the development mailbox. Nothing leaves the machine: what it «delivers» is the line it
 * logs for each mail (the outbox row is the stored copy), read back here.
 */
class DevelopmentMailboxContractTest extends MailTransportContract {

    private static final Logger LOG = Logger.getLogger(DevelopmentMailbox.class.getName());

    private final List<LogRecord> lines = new CopyOnWriteArrayList<>();
    private Level previous;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        previous = LOG.getLevel();
        LOG.setLevel(Level.FINE);
        handler.setLevel(Level.ALL);
        LOG.addHandler(handler);
    }

    @AfterEach
    void stop() {
        LOG.removeHandler(handler);
        LOG.setLevel(previous);
    }

    @Override
    protected MailTransport transport() {
        return new DevelopmentMailbox();
    }

    @Override
    protected List<Delivered> delivered() {
        return lines.stream().map(LogRecord::getParameters)
                .map(p -> new Delivered((String) p[0], (String) p[1], (String) p[2])).toList();
    }

    @Override
    protected boolean carriesFiles() {
        return true;
    }
}
