package fr.sensiblecity.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.sensiblecity.base.Amounts;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.projects.CampaignService;
import fr.sensiblecity.projects.EligibilityResult;
import fr.sensiblecity.projects.FundingPlan;
import fr.sensiblecity.projects.FundingService;
import fr.sensiblecity.projects.LineStatus;
import fr.sensiblecity.projects.Programme;
import fr.sensiblecity.projects.ProjectDetails;
import fr.sensiblecity.projects.ProjectPhase;
import fr.sensiblecity.projects.ProjectService;
import fr.sensiblecity.projects.SourceType;
import fr.sensiblecity.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project officer runs a project from here: its description and budget, its phase, milestones, eligibility
 * checks, funding lines and civic crowdfunding campaign. Every refusal is explained and changes nothing.
 */
@Route("projects/manage")
@RolesAllowed({"MODERATOR", "ADMINISTRATOR"})
class ProjectManageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final FundingService funding;
    private final CampaignService campaigns;
    private final TerritoryService territories;
    private @Nullable ProjectDetails project;
    private Div correction = new Div();

    ProjectManageView(ProjectService projects, FundingService funding, CampaignService campaigns,
            TerritoryService territories) {
        this.projects = projects;
        this.funding = funding;
        this.campaigns = campaigns;
        this.territories = territories;
        addClassName("sc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long projectId) {
        build(projectId);
    }

    private void build(long projectId) {
        removeAll();
        ProjectDetails shown = projects.findProject(projectId);
        project = shown;
        ProjectLabels labels = new ProjectLabels(territories, getLocale());
        Anchor publicPage = new Anchor(RouteConfiguration.forSessionScope().getUrl(ProjectView.class, projectId),
                getTranslation("manage.publicPage"));
        publicPage.setId("public-page");
        add(new H1(getTranslation("manage.pageTitle", shown.title())), publicPage);
        add(phaseSection(shown), milestoneSection(shown), eligibilitySection(shown, labels),
                fundingSection(shown, labels),
                new CampaignOpening(shown, funding, campaigns, this::action),
                detailsSection(shown));
    }

    private Div phaseSection(ProjectDetails shown) {
        Div section = section("manage.phase", "manage-phase");
        section.add(new Paragraph(getTranslation("manage.currentPhase", getTranslation(shown.phase().labelKey()))));
        if (shown.phase().finished()) {
            return section;
        }
        Select<ProjectPhase> next = new Select<>();
        next.setLabel(getTranslation("manage.nextPhase"));
        next.setItems(shown.phase().next().stream().sorted().toList());
        next.setItemLabelGenerator(item -> item == null ? "" : getTranslation(item.labelKey()));
        next.setId("next-phase");
        TextArea note = new TextArea(getTranslation("manage.phaseNote"));
        note.setHelperText(getTranslation("manage.phaseNoteHelp"));
        note.setMaxLength(5000);
        note.setWidthFull();
        note.setId("phase-note");
        section.add(next, note, action("manage.changePhase", "change-phase",
                () -> projects.changePhase(shown.id(), next.getValue(), note.getValue())));
        return section;
    }

    private Div milestoneSection(ProjectDetails shown) {
        Div section = section("project.milestones", "manage-milestones");
        for (ProjectDetails.Milestone milestone : shown.milestones()) {
            IntegerField progress = new IntegerField(getTranslation("manage.progressOf", milestone.title()));
            progress.setMin(0);
            progress.setMax(100);
            progress.setStepButtonsVisible(true);
            progress.setValue(milestone.progress());
            progress.setId("progress-" + milestone.id());
            Button save = action("common.save", "save-progress-" + milestone.id(), () -> {
                if (progress.getValue() == null) {
                    throw new DomainException("milestone.error.progress");
                }
                projects.setProgress(milestone.id(), progress.getValue());
            });
            section.add(row(progress, save));
        }
        TextField title = new TextField(getTranslation("manage.milestoneTitle"));
        title.setMaxLength(200);
        title.setId("milestone-title");
        title.setRequiredIndicatorVisible(true);
        DatePicker due = new DatePicker(getTranslation("manage.milestoneDue"));
        due.setLocale(getLocale());
        due.setId("milestone-due");
        section.add(row(title, due, action("manage.addMilestone", "add-milestone",
                () -> projects.addMilestone(shown.id(), title.getValue(), due.getValue()))));
        return section;
    }

    private Div eligibilitySection(ProjectDetails shown, ProjectLabels labels) {
        Div section = section("eligibility.title", "manage-eligibility");
        List<Programme> programmes = funding.listProgrammes();
        Select<Programme> programme = new Select<>();
        programme.setLabel(getTranslation("manage.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(item -> item == null ? "" : item.name(getLocale()));
        programme.setId("eligibility-programme");
        Div checklist = new Div();
        checklist.setId("eligibility-checklist");
        Map<Long, Checkbox> answers = new LinkedHashMap<>();
        programme.addValueChangeListener(change -> {
            checklist.removeAll();
            answers.clear();
            if (change.getValue() != null) {
                for (Programme.Criterion criterion : change.getValue().criteria()) {
                    Checkbox answer = new Checkbox(criterion.text(getLocale()));
                    answer.setId("criterion-" + criterion.id());
                    answers.put(criterion.id(), answer);
                    checklist.add(answer);
                }
            }
        });
        if (!programmes.isEmpty()) {
            programme.setValue(programmes.getFirst());
        }
        section.add(programme, checklist, action("manage.checkEligibility", "check-eligibility", () -> {
            if (programme.getValue() == null) {
                throw new DomainException("programme.error.notFound");
            }
            Map<Long, Boolean> given = new LinkedHashMap<>();
            answers.forEach((id, box) -> given.put(id, box.getValue()));
            funding.checkEligibility(shown.id(), programme.getValue().id(), given);
        }));
        List<EligibilityResult> checks = funding.eligibilityOf(shown.id());
        if (!checks.isEmpty()) {
            programmes.stream().filter(item -> item.id() == checks.getFirst().programmeId()).findFirst()
                    .ifPresent(item -> section.add(EligibilitySentences.describe(this, checks.getFirst(), item, labels)));
        }
        return section;
    }

    private Div fundingSection(ProjectDetails shown, ProjectLabels labels) {
        Div section = section("funding.title", "manage-funding");
        FundingPlan plan = funding.plan(shown.id());
        section.add(new Paragraph(getTranslation("funding.summary", labels.euros(plan.secured()),
                labels.euros(plan.budget()), getTranslation(plan.status().labelKey()))));
        if (!plan.lines().isEmpty()) {
            section.add(FundingLinesTable.withActions(this, plan.lines(), labels, this::lineActions));
        }
        correction = new Div();
        correction.setId("correct-line");
        correction.setVisible(false);
        section.add(correction);
        TextField name = new TextField(getTranslation("funding.source"));
        name.setMaxLength(120);
        name.setId("line-source");
        Select<SourceType> type = new Select<>();
        type.setLabel(getTranslation("funding.type"));
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(item -> item == null ? "" : getTranslation(item.labelKey()));
        type.setId("line-type");
        TextField amount = new TextField(getTranslation("funding.amount"));
        amount.setId("line-amount");
        name.setRequiredIndicatorVisible(true);
        amount.setRequiredIndicatorVisible(true);
        section.add(row(name, type, amount, action("manage.addLine", "add-line",
                () -> funding.addLine(shown.id(), name.getValue(), type.getValue(),
                        Amounts.parse(amount.getValue(), getLocale())))));
        return section;
    }

    private Component lineActions(FundingPlan.Line line) {
        HorizontalLayout buttons = new HorizontalLayout();
        for (LineStatus next : line.status().next().stream().sorted().toList()) {
            Button move = action("manage.line." + next.name().toLowerCase(java.util.Locale.ROOT),
                    "line-" + line.id() + "-" + next.name().toLowerCase(java.util.Locale.ROOT),
                    () -> funding.moveLine(line.id(), next));
            move.setAriaLabel(getTranslation("manage.line." + next.name().toLowerCase(java.util.Locale.ROOT) + "Of",
                    line.sourceName()));
            move.addThemeVariants(ButtonVariant.SMALL);
            buttons.add(move);
        }
        if (line.status() == LineStatus.REQUESTED) {
            Button correct = new Button(getTranslation("manage.line.correct"), click -> showCorrection(line));
            correct.setId("line-" + line.id() + "-correct");
            correct.setAriaLabel(getTranslation("manage.line.correctOf", line.sourceName()));
            correct.addThemeVariants(ButtonVariant.SMALL);
            buttons.add(correct);
        }
        return buttons;
    }

    /** Opens, under the plan, a form to correct a requested line; its fields start from what was recorded. */
    private void showCorrection(FundingPlan.Line line) {
        correction.removeAll();
        TextField name = new TextField(getTranslation("funding.source"));
        name.setMaxLength(120);
        name.setValue(line.sourceName());
        name.setId("correct-source");
        Select<SourceType> type = new Select<>();
        type.setLabel(getTranslation("funding.type"));
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(item -> item == null ? "" : getTranslation(item.labelKey()));
        type.setValue(line.sourceType());
        type.setId("correct-type");
        TextField amount = new TextField(getTranslation("funding.amount"));
        String plain = line.amount().toPlainString();
        amount.setValue("en".equals(getLocale().getLanguage()) ? plain : plain.replace('.', ','));
        amount.setId("correct-amount");
        name.setRequiredIndicatorVisible(true);
        amount.setRequiredIndicatorVisible(true);
        Button cancel = new Button(getTranslation("manage.line.cancelCorrection"), click -> {
            correction.removeAll();
            correction.setVisible(false);
        });
        cancel.setId("cancel-correction");
        correction.add(new H3(getTranslation("manage.line.correctOf", line.sourceName())),
                row(name, type, amount, action("manage.line.saveCorrection", "save-correction",
                        () -> funding.correctLine(line.id(), name.getValue(), type.getValue(),
                                Amounts.parse(amount.getValue(), getLocale()))), cancel));
        correction.setVisible(true);
        name.focus();
    }

    private Div detailsSection(ProjectDetails shown) {
        Div section = section("manage.details", "manage-details");
        ProjectFields fields = new ProjectFields(territories);
        fields.show(shown);
        section.add(fields, action("common.save", "save-project", () -> projects.editProject(shown.id(), fields.read())));
        return section;
    }

    private Div section(String titleKey, String id) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("sc-manage-section");
        section.setId(id);
        return section;
    }

    static FlexLayout row(Component... components) {
        FlexLayout row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("sc-filters");
        return row;
    }

    /** A button that runs the action, says it is done and shows the project again; a refusal changes nothing. */
    private Button action(String labelKey, String id, Runnable run) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                run.run();
                Notifications.success(getTranslation("manage.done"));
                if (project != null) {
                    build(project.id());
                }
            } catch (DomainException refused) {
                Notifications.refused(refused);
            }
        });
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.pageTitle", project == null ? "" : project.title()) + " | "
                + getTranslation("app.name");
    }
}
