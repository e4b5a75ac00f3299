package org.pathwork.workflow.placement.api;

import java.util.function.ToIntFunction;

/**
 * The durable-skills rubric the supervisor's final evaluation uses: six skills, each rated on four
 * levels. One home for their names and the levels' meanings, read by the form that rates them, the
 * pages that show a rating and the audit export.
 */
public enum DurableSkill {

    CRITICAL_THINKING("criticalThinking", "Critical thinking", DurableSkillRatings::criticalThinking),
    COLLABORATION("collaboration", "Collaboration", DurableSkillRatings::collaboration),
    COMMUNICATION("communication", "Communication", DurableSkillRatings::communication),
    CREATIVITY("creativity", "Creativity", DurableSkillRatings::creativity),
    GROWTH_MINDSET("growthMindset", "Growth mindset", DurableSkillRatings::growthMindset),
    PROFESSIONALISM("professionalism", "Professionalism", DurableSkillRatings::professionalism);

    /** A level of the rubric, 1 to 4, with what it means. */
    public enum Level {
        BEGINNING(1, "Beginning", "shows the skill only with close guidance"),
        DEVELOPING(2, "Developing", "shows the skill at times, with some guidance"),
        PROFICIENT(3, "Proficient", "shows the skill reliably and on their own"),
        ADVANCED(4, "Advanced", "shows the skill consistently and helps others grow in it");

        private final int number;
        private final String label;
        private final String meaning;

        Level(int number, String label, String meaning) {
            this.number = number;
            this.label = label;
            this.meaning = meaning;
        }

        public int number() {
            return number;
        }

        public String label() {
            return label;
        }

        public String meaning() {
            return meaning;
        }

        /** "3 Proficient — shows the skill reliably and on their own". */
        public String inWords() {
            return number + " " + label + " — " + meaning;
        }

        /** The level numbered {@code number}; an IllegalArgumentException outside 1 to 4. */
        public static Level of(int number) {
            for (Level level : values()) {
                if (level.number == number) {
                    return level;
                }
            }
            throw new IllegalArgumentException("No level " + number + " in the durable-skills rubric (1 to 4).");
        }
    }

    private final String key;
    private final String label;
    private final ToIntFunction<DurableSkillRatings> rating;

    DurableSkill(String key, String label, ToIntFunction<DurableSkillRatings> rating) {
        this.key = key;
        this.label = label;
        this.rating = rating;
    }

    /** The skill's key in {@link DurableSkillRatings#asMap()} and in the API's JSON. */
    public String key() {
        return key;
    }

    /** "Critical thinking". */
    public String label() {
        return label;
    }

    /** The level this skill was rated at. */
    public Level levelIn(DurableSkillRatings ratings) {
        return Level.of(rating.applyAsInt(ratings));
    }
}
