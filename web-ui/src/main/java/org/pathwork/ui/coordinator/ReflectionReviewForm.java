package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.api.AcceptReflection;
import org.pathwork.workflow.placement.api.ReturnReflection;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * A reflection the student submitted, for the coordinator to accept (a comment is optional) or to
 * return for another draft (the comment says what to improve).
 */
public class ReflectionReviewForm extends ActionSection {

    /** The coordinator's review: accepted or returned, with the comment stripped (null when left out). */
    public static final class ReviewedEvent extends ComponentEvent<ReflectionReviewForm> {
        private final PlacementView.Reflection reflection;
        private final boolean accepted;
        private final String comment;

        ReviewedEvent(ReflectionReviewForm source, PlacementView.Reflection reflection, boolean accepted, String comment) {
            super(source, false);
            this.reflection = reflection;
            this.accepted = accepted;
            this.comment = comment;
        }

        public PlacementView.Reflection reflection() {
            return reflection;
        }

        public boolean accepted() {
            return accepted;
        }

        public String comment() {
            return comment;
        }
    }

    /** @param index the reflection's place among those awaiting review on the page, for the fields' ids */
    public ReflectionReviewForm(PlacementView.Reflection reflection, int index) {
        super(reflection.finalReflection() ? "Final reflection awaiting review" : "Journal reflection awaiting review");
        setId("reflection-review-" + index);
        Paragraph text = new Paragraph(reflection.text());
        text.getStyle().set("white-space", "pre-wrap");
        // one box for both answers: it holds what either command takes
        TextBox comment = TextBox.optional("Comment to the student", "reflection-comment-" + index,
                Math.min(AcceptReflection.MAX_COMMENT, ReturnReflection.MAX_COMMENT));

        Button accept = new Button("Accept", e -> {
            comment.makeOptional();
            if (comment.check()) {
                fireEvent(new ReviewedEvent(this, reflection, true, comment.text()));
            } else {
                comment.focus();
            }
        });
        accept.setId("accept-reflection-" + index);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBack = new Button("Return for another draft", e -> {
            comment.require("Tell the student what to improve.");
            if (comment.check()) {
                fireEvent(new ReviewedEvent(this, reflection, false, comment.text()));
            } else {
                comment.focus();
            }
        });
        giveBack.setId("return-reflection-" + index);
        add(text, comment, new Div(accept, giveBack));
    }

    public Registration addReviewedListener(ComponentEventListener<ReviewedEvent> listener) {
        return addListener(ReviewedEvent.class, listener);
    }
}
