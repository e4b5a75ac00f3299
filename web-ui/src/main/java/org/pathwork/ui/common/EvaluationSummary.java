package org.pathwork.ui.common;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The supervisor's final evaluation as its readers see it: each durable skill with the level it was
 * rated at and what that level means, then the supervisor's comment. A description list rather than
 * a table, so that on a phone each skill's line wraps under its name instead of running off the screen.
 */
public class EvaluationSummary extends Div {

    public EvaluationSummary(PlacementView.Evaluation evaluation) {
        setId("evaluation-summary");
        setWidthFull();
        H3 heading = new H3("Final evaluation");
        heading.setId("evaluation-summary-heading");
        DescriptionList skills = new DescriptionList();
        skills.setId("evaluation-skills");
        skills.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        skills.getStyle().set("margin", "0");
        for (DurableSkill skill : DurableSkill.values()) {
            DurableSkill.Level level = skill.levelIn(evaluation.ratings());
            DescriptionList.Term term = new DescriptionList.Term(skill.label());
            term.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
            Span rated = new Span(level.number() + " " + level.label());
            rated.getStyle().set("font-weight", "600");
            Span meaning = new Span(" — " + level.meaning());
            meaning.getStyle().set("color", "var(--lumo-secondary-text-color)");
            DescriptionList.Description description = new DescriptionList.Description(rated, meaning);
            description.setId("evaluation-" + skill.key());
            description.getStyle().set("margin-inline-start", "0").set("overflow-wrap", "anywhere");
            skills.add(term, description);
        }
        DescriptionList.Term commentTerm = new DescriptionList.Term("Supervisor's comment");
        commentTerm.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-m)");
        DescriptionList.Description comment = new DescriptionList.Description(
                evaluation.comment() == null ? "No comment." : evaluation.comment());
        comment.setId("evaluation-comment-text");
        // the supervisor's paragraphs keep their line breaks; long words wrap rather than widen the page
        comment.getStyle().set("margin-inline-start", "0").set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        skills.add(commentTerm, comment);
        add(heading, skills);
    }
}
