package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.ideas.IdeaCard;
import fr.sensiblecity.ideas.IdeaDetails;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaPermissions;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaImage;
import fr.sensiblecity.ideas.IdeaImageSettings;
import fr.sensiblecity.base.ui.BoundedUpload;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import fr.sensiblecity.territories.DistrictRef;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import fr.sensiblecity.territories.ThemeSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.jspecify.annotations.Nullable;

/**
 * A resident writes an idea, or rewords their own before anyone supports it. While they type, the ideas that
 * look most alike are shown, so they can support one instead of posting it again.
 */
@Route("ideas/write")
@PermitAll
class IdeaFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final IdeaService ideas;
    private final IdeaPermissions permissions;
    private final H1 heading = new H1();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<ThemeSummary> theme = new Select<>();
    private final Select<TerritorySummary> territory = new Select<>();
    private final Select<DistrictRef> district = new Select<>();
    private final UnorderedList similar = new UnorderedList();
    private final Div similarBox = new Div();
    private final TextField altText = new TextField();
    private final Paragraph imageStatus = new Paragraph();
    private final Checkbox removeImage = new Checkbox();
    private final Div currentImage = new Div();
    private byte @Nullable [] pendingImage;
    private @Nullable Long editing;
    private boolean hasImage;

    IdeaFormView(IdeaService ideas, TerritoryService territories, IdeaPermissions permissions,
            IdeaImageSettings imageSettings) {
        this.ideas = ideas;
        this.permissions = permissions;
        addClassName("sc-page");
        title.setLabel(getTranslation("ideaForm.titleField"));
        title.setHelperText(getTranslation("ideaForm.titleHelp"));
        title.setRequired(true);
        title.setMaxLength(120);
        title.setId("idea-title");
        description.setLabel(getTranslation("ideaForm.description"));
        description.setHelperText(getTranslation("ideaForm.descriptionHelp"));
        description.setRequired(true);
        description.setMaxLength(5000);
        description.setMinHeight("12rem");
        description.setId("idea-description");
        theme.setLabel(getTranslation("ideaForm.theme"));
        theme.setItems(territories.listActiveThemes());
        theme.setItemLabelGenerator(item -> item == null ? "" : item.label(getLocale()));
        theme.setId("idea-theme");
        territory.setLabel(getTranslation("ideaForm.territory"));
        territory.setItems(territories.listTerritories());
        territory.setItemLabelGenerator(item -> item == null ? "" : item.name());
        territory.setId("idea-territory");
        district.setLabel(getTranslation("ideaForm.district"));
        district.setItemLabelGenerator(item -> item == null ? getTranslation("ideaForm.noDistrict") : item.name());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("ideaForm.noDistrict"));
        district.setId("idea-district");
        territory.addValueChangeListener(change -> {
            List<DistrictRef> districts = change.getValue() == null ? List.of() : change.getValue().districts();
            district.setItems(districts);
            district.setEnabled(!districts.isEmpty());
        });
        district.setEnabled(false);

        similarBox.addClassName("sc-similar");
        similarBox.setId("similar-ideas");
        similarBox.getElement().setAttribute("aria-live", "polite");
        similarBox.setVisible(false);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(change -> showSimilar());
        description.addValueChangeListener(change -> showSimilar());

        Button submit = new Button(getTranslation("ideaForm.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-idea");
        FormLayout form = new FormLayout(title, theme, territory, district, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setMaxWidth("48rem");
        add(heading, new Paragraph(getTranslation("ideaForm.intro")), form, imageSection(imageSettings), similarBox,
                submit);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long ideaId) {
        editing = ideaId;
        heading.setText(getTranslation(ideaId == null ? "ideaForm.title" : "ideaForm.editTitle"));
        if (ideaId != null) {
            IdeaDetails idea = ideas.findIdea(ideaId);
            if (!permissions.isAuthor(SecurityContextHolder.getContext().getAuthentication(), idea.authorId())) {
                throw new AccessDeniedException("only the author edits an idea");
            }
            title.setValue(idea.title());
            description.setValue(idea.description());
            theme.getListDataView().getItems().filter(item -> item.id() == idea.themeId()).findFirst().ifPresent(theme::setValue);
            territory.getListDataView().getItems().filter(item -> item.id() == idea.territoryId()).findFirst()
                    .ifPresent(territory::setValue);
            if (idea.districtId() != null) {
                district.getListDataView().getItems().filter(item -> item.id() == idea.districtId()).findFirst()
                        .ifPresent(district::setValue);
            }
            ideas.image(ideaId).ifPresent(image -> {
                hasImage = true;
                Image shown = new Image(new IdeaImageDownload(ideas, ideaId), image.altText());
                currentImage.add(shown);
                altText.setValue(image.altText());
                altText.setRequiredIndicatorVisible(true);
                removeImage.setVisible(true);
            });
        }
    }

    /** An optional image: checked and resized by the server when the idea is saved, with its required alt text. */
    private Div imageSection(IdeaImageSettings settings) {
        H2 imageTitle = new H2(getTranslation("ideaForm.image"));
        Paragraph help = new Paragraph(getTranslation("ideaForm.imageHelp", settings.maxBytes() / 1_000_000));
        help.addClassName("sc-meta");
        Upload upload = new Upload(new BoundedUpload(settings.maxBytes(), "idea.error.imageTooLarge",
                new Object[] {settings.maxBytes() / 1_000_000}, (fileName, data) -> {
                    pendingImage = data;
                    imageStatus.setText(getTranslation("ideaForm.imageReady", fileName));
                    altText.setRequiredIndicatorVisible(true);
                    removeImage.setValue(false);
                }));
        upload.setId("idea-image");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", ".png", ".jpg", ".jpeg", ".gif");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxBytes()));
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("ideaForm.imageChoose")));
        upload.addFileRemovedListener(removed -> {
            pendingImage = null;
            imageStatus.setText("");
            altText.setRequiredIndicatorVisible(hasImage && !removeImage.getValue());
        });
        altText.setId("idea-image-alt");
        altText.setLabel(getTranslation("ideaForm.imageAlt"));
        altText.setHelperText(getTranslation("ideaForm.imageAltHelp"));
        altText.setMaxLength(250);
        altText.setWidthFull();
        imageStatus.setId("idea-image-status");
        imageStatus.getElement().setAttribute("aria-live", "polite");
        removeImage.setId("idea-image-remove");
        removeImage.setLabel(getTranslation("ideaForm.imageRemove"));
        removeImage.setVisible(false);
        removeImage.addValueChangeListener(change -> altText.setRequiredIndicatorVisible(pendingImage != null
                || hasImage && !change.getValue()));
        currentImage.addClassName("sc-image-preview");
        Div section = new Div(imageTitle, help, currentImage, upload, imageStatus, altText, removeImage);
        section.addClassName("sc-image-field");
        return section;
    }

    private void showSimilar() {
        similar.removeAll();
        List<IdeaCard> alike = ideas.similarIdeas(title.getValue(), description.getValue()).stream()
                .filter(card -> editing == null || card.id() != editing).toList();
        for (IdeaCard card : alike) {
            Anchor link = new Anchor(RouteConfiguration.forSessionScope().getUrl(IdeaView.class, card.id()), card.title());
            link.setTarget("_blank");
            similar.add(new ListItem(link));
        }
        similarBox.removeAll();
        similarBox.add(new H2(getTranslation("ideaForm.similar")), new Paragraph(getTranslation("ideaForm.similarHelp")),
                similar);
        similarBox.setVisible(!alike.isEmpty());
    }

    private void submit() {
        if (theme.getValue() == null || territory.getValue() == null) {
            Notifications.error(getTranslation("ideaForm.error.choose"));
            return;
        }
        IdeaForm form = new IdeaForm(title.getValue(), description.getValue(), theme.getValue().id(),
                territory.getValue().id(), district.getValue() == null ? null : district.getValue().id());
        try {
            long id;
            IdeaImage.Upload image = pendingImage == null ? null : new IdeaImage.Upload(pendingImage, altText.getValue());
            if (editing == null) {
                id = ideas.submitIdea(form, image);
            } else {
                ideas.editIdea(editing, form, image, removeImage.getValue(), altText.getValue());
                id = editing;
            }
            Notifications.success(getTranslation(editing == null ? "ideaForm.published" : "ideaForm.saved"));
            getUI().ifPresent(ui -> ui.navigate(IdeaView.class, id));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "ideaForm.title" : "ideaForm.editTitle") + " | " + getTranslation("app.name");
    }
}
