package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.Arrays;
import java.util.Optional;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.SubmitEvaluation;

/**
 * The supervisor's final evaluation: the six durable skills, each rated on the rubric's four
 * levels, and a comment. On the supervisor's placement page and on the page of the link mailed to
 * them; each brings its own button and sends what {@link #read()} gives.
 */
public class EvaluationForm extends VerticalLayout {

    /** What was filled in: every skill rated; the comment stripped, null when blank. */
    public record Filled(DurableSkillRatings ratings, String comment) {
    }

    /** The ratings as the form's binder binds them. */
    public static class Evaluation {
        private Integer criticalThinking;
        private Integer collaboration;
        private Integer communication;
        private Integer creativity;
        private Integer growthMindset;
        private Integer professionalism;

        public Integer getCriticalThinking() { return criticalThinking; }
        public void setCriticalThinking(Integer v) { criticalThinking = v; }
        public Integer getCollaboration() { return collaboration; }
        public void setCollaboration(Integer v) { collaboration = v; }
        public Integer getCommunication() { return communication; }
        public void setCommunication(Integer v) { communication = v; }
        public Integer getCreativity() { return creativity; }
        public void setCreativity(Integer v) { creativity = v; }
        public Integer getGrowthMindset() { return growthMindset; }
        public void setGrowthMindset(Integer v) { growthMindset = v; }
        public Integer getProfessionalism() { return professionalism; }
        public void setProfessionalism(Integer v) { professionalism = v; }
    }

    private final Binder<Evaluation> binder = new Binder<>(Evaluation.class);
    private final TextBox comment = TextBox.optional("Comment", "evaluation-comment", SubmitEvaluation.MAX_COMMENT);

    public EvaluationForm() {
        setPadding(false);
        add(new Paragraph("Rate each durable skill as you saw it during the placement."));
        skill("critical-thinking", DurableSkill.CRITICAL_THINKING, Evaluation::getCriticalThinking, Evaluation::setCriticalThinking);
        skill("collaboration", DurableSkill.COLLABORATION, Evaluation::getCollaboration, Evaluation::setCollaboration);
        skill("communication", DurableSkill.COMMUNICATION, Evaluation::getCommunication, Evaluation::setCommunication);
        skill("creativity", DurableSkill.CREATIVITY, Evaluation::getCreativity, Evaluation::setCreativity);
        skill("growth-mindset", DurableSkill.GROWTH_MINDSET, Evaluation::getGrowthMindset, Evaluation::setGrowthMindset);
        skill("professionalism", DurableSkill.PROFESSIONALISM, Evaluation::getProfessionalism, Evaluation::setProfessionalism);
        binder.readBean(new Evaluation());
        add(comment);
    }

    /**
     * The evaluation if every skill is rated and the comment is within its limit, else empty with a
     * message next to each field that is not.
     */
    public Optional<Filled> read() {
        Evaluation ev = new Evaluation();
        boolean rated = binder.writeBeanIfValid(ev);
        boolean commentOk = comment.check();
        if (!rated || !commentOk) {
            return Optional.empty();
        }
        return Optional.of(new Filled(new DurableSkillRatings(ev.getCriticalThinking(), ev.getCollaboration(),
                ev.getCommunication(), ev.getCreativity(), ev.getGrowthMindset(), ev.getProfessionalism()),
                comment.text()));
    }

    private void skill(String id, DurableSkill skill, ValueProvider<Evaluation, Integer> getter,
                       Setter<Evaluation, Integer> setter) {
        String label = skill.label();
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(label);
        rating.setId("rating-" + id);
        rating.setItems(Arrays.stream(DurableSkill.Level.values()).map(DurableSkill.Level::number).toList());
        rating.setItemLabelGenerator(n -> DurableSkill.Level.of(n).inWords());
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        binder.forField(rating).asRequired("Rate " + label.toLowerCase() + " from 1 to 4.").bind(getter, setter);
        add(rating);
    }
}
