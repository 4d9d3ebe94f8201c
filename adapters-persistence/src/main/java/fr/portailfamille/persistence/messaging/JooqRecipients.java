package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.Recipients;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.EnrolmentStatus;

import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.ENROLMENT;

/** The households of a group message, each found in one query. */
public final class JooqRecipients implements Recipients {

    private final Db db;

    public JooqRecipients(Db db) {
        this.db = db;
    }

    @Override
    public List<Long> householdsWithChildAt(String school) {
        return db.dsl().selectDistinct(CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.SCHOOL.eq(school)).orderBy(CHILD.HOUSEHOLD_ID)
                .fetch(CHILD.HOUSEHOLD_ID);
    }

    @Override
    public List<Long> householdsEnrolledIn(long activityId) {
        return db.dsl().selectDistinct(CHILD.HOUSEHOLD_ID).from(ENROLMENT).join(CHILD).on(CHILD.ID.eq(ENROLMENT.CHILD_ID))
                .where(ENROLMENT.ACTIVITY_ID.eq(activityId).and(ENROLMENT.STATUS.eq(EnrolmentStatus.ACCEPTED)))
                .orderBy(CHILD.HOUSEHOLD_ID).fetch(CHILD.HOUSEHOLD_ID);
    }
}
