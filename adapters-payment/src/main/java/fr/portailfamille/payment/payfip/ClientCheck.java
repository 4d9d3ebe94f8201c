package fr.portailfamille.payment.payfip;

import java.util.List;

/** Answer of {@link PayfipGateway#checkConfiguration}: does PayFiP know this cash office's client number? */
public sealed interface ClientCheck {

    /** Known: the labels PayFiP holds for it (town, cash office…), empty ones left out. */
    record Known(String clientNumber, List<String> labels) implements ClientCheck {
        public Known {
            labels = List.copyOf(labels);
        }
    }

    /** PayFiP refused the number (unknown, no web-service access…): {@code code} is its own. */
    record Refused(String code, String frenchMessage) implements ClientCheck {
    }

    /** PayFiP could not be asked: try again later. */
    record Unavailable(String reason) implements ClientCheck {
    }
}
