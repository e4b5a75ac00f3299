package org.pathwork.workflow.link;

import org.pathwork.workflow.placement.api.DurableSkillRatings;

/**
 * What the person confirms when they press the link page's button: one kind per {@link Purpose},
 * carrying what that purpose needs besides the link itself. A confirmation of another purpose than
 * the link's is refused, so a link can never be pressed into doing something else.
 */
public sealed interface Confirmation {

    Purpose purpose();

    /** The placement starts today. */
    record Start() implements Confirmation {
        @Override
        public Purpose purpose() {
            return Purpose.START_PLACEMENT;
        }
    }

    /** The supervisor's final evaluation; the comment may be null. */
    record Evaluation(DurableSkillRatings ratings, String comment) implements Confirmation {
        @Override
        public Purpose purpose() {
            return Purpose.SUBMIT_EVALUATION;
        }
    }

    /** The supervisor confirms these waiting hours entries: the ones the page showed them. */
    record Hours(java.util.List<String> entryIds) implements Confirmation {
        public Hours {
            entryIds = java.util.List.copyOf(entryIds);
        }

        @Override
        public Purpose purpose() {
            return Purpose.CONFIRM_HOURS;
        }
    }

    /** The guardian consents, today, in their own name. */
    record Consent() implements Confirmation {
        @Override
        public Purpose purpose() {
            return Purpose.GIVE_CONSENT;
        }
    }
}
