package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.ideas.IdeaCard;
import java.util.function.BiConsumer;

/** Asks into which idea (by its number) an idea is merged, and the public answer that explains it. */
class MergeDialog extends Dialog {

    MergeDialog(IdeaCard idea, BiConsumer<Long, String> merge) {
        setHeaderTitle(getTranslation("moderation.mergeTitle", idea.title()));
        IntegerField target = new IntegerField(getTranslation("moderation.mergeInto"));
        target.setHelperText(getTranslation("moderation.mergeIntoHelp"));
        target.setMin(1);
        target.setId("merge-into");
        target.setRequiredIndicatorVisible(true);
        TextArea answer = new TextArea(getTranslation("moderation.answer"));
        answer.setWidthFull();
        answer.setMaxLength(5000);
        answer.setId("merge-answer");
        answer.setRequiredIndicatorVisible(true);
        add(target, answer);
        Button confirm = new Button(getTranslation("common.confirm"), click -> {
            if (target.getValue() == null) {
                Notifications.error(getTranslation("moderation.error.mergeTargetMissing"));
                return;
            }
            try {
                merge.accept(target.getValue().longValue(), answer.getValue());
                close();
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("32rem");
    }
}
