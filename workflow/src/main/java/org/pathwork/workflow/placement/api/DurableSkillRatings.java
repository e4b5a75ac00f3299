package org.pathwork.workflow.placement.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The supervisor's final evaluation: each durable skill rated 1 (beginning) to 4 (advanced). */
public record DurableSkillRatings(int criticalThinking, int collaboration, int communication,
                                  int creativity, int growthMindset, int professionalism) {

    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("criticalThinking", criticalThinking);
        m.put("collaboration", collaboration);
        m.put("communication", communication);
        m.put("creativity", creativity);
        m.put("growthMindset", growthMindset);
        m.put("professionalism", professionalism);
        return m;
    }
}
