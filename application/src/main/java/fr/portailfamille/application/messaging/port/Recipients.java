package fr.portailfamille.application.messaging.port;

import java.util.List;

/** Out-port: the households a group message goes to. */
public interface Recipients {

    /** Households with at least one child at this school. */
    List<Long> householdsWithChildAt(String school);

    /** Households with at least one child whose enrolment in this activity is accepted. */
    List<Long> householdsEnrolledIn(long activityId);
}
