package fr.sensiblecity.ideas.ui;

import fr.sensiblecity.base.ui.UserContent;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.SafeMarkdown;
import fr.sensiblecity.base.ui.DetailActions;
import fr.sensiblecity.base.ui.HiddenReasons;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.base.ui.ReportDialog;
import fr.sensiblecity.ideas.CommentService;
import fr.sensiblecity.ideas.ContentType;
import fr.sensiblecity.ideas.IdeaDetails;
import fr.sensiblecity.ideas.IdeaMaturity;
import fr.sensiblecity.ideas.MaturityProgress;
import fr.sensiblecity.ideas.cards.IdeaTile;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import fr.sensiblecity.ideas.IdeaPermissions;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.ideas.IdeaState;
import fr.sensiblecity.ideas.SupportOutcome;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.moderation.ReportService;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.VerifiedAction;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** An idea's page: what it says, where it stands, its supports (live) and, once answered, the public answer. */
@Route("ideas")
@AnonymousAllowed
class IdeaView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final IdeaService ideas;
    private final SupportService supports;
    private final IdeaPermissions permissions;
    private final TerritoryService territories;
    private final AuthenticationContext authentication;
    private final IdeaBroadcaster broadcaster;
    private final CommentService comments;
    private final ReportService reports;
    private final List<DetailActions> detailActions;
    private final IdeaMaturity maturity;
    private final Span supportCount = new Span();
    private final Span maturitySentence = new Span();
    private final Div maturityBar = new Div();
    private final Div maturityBox = new Div();
    private IdeaMaturity.@Nullable Gauge gauge;
    private final Button supportButton = new Button();
    private final Div verificationNeeded = new Div();
    private final Paragraph verificationReason = new Paragraph();
    private final ResidencyCheck residency;
    private @Nullable IdeaDetails idea;
    private @Nullable Registration live;
    private @Nullable Registration liveComments;
    private @Nullable DiscussionSection discussion;

    IdeaView(IdeaService ideas, SupportService supports, IdeaPermissions permissions, TerritoryService territories,
            AuthenticationContext authentication, IdeaBroadcaster broadcaster, CommentService comments,
            ReportService reports, List<DetailActions> detailActions, IdeaMaturity maturity,
            ResidencyCheck residency) {
        this.residency = residency;
        verificationReason.setId("support-verification-reason");
        Anchor verify = new Anchor(ResidencyCheck.VERIFY_PAGE, getTranslation("verification.verifyLink"));
        verify.setId("support-verify-link");
        verificationNeeded.add(verificationReason, verify);
        verificationNeeded.setId("support-verification");
        verificationNeeded.addClassName("sc-notice");
        this.maturity = maturity;
        this.comments = comments;
        this.reports = reports;
        this.ideas = ideas;
        this.supports = supports;
        this.permissions = permissions;
        this.territories = territories;
        this.authentication = authentication;
        this.broadcaster = broadcaster;
        this.detailActions = detailActions;
        addClassName("sc-page");
        supportCount.setId("support-count");
        supportCount.getElement().setAttribute("aria-live", "polite");
        supportButton.setId("support-button");
        supportButton.addClickListener(click -> toggleSupport());
    }

    @Override
    public void setParameter(BeforeEvent event, Long ideaId) {
        removeAll();
        idea = ideas.findIdea(ideaId);
        if (isAttached()) {
            followLive();
        }
        IdeaLabels labels = new IdeaLabels(territories, getLocale());
        H1 title = new H1(idea.state() == IdeaState.HIDDEN && idea.title().isEmpty()
                ? getTranslation("idea.hiddenTitle") : idea.title());
        if (!idea.title().isEmpty()) {
            UserContent.french(title);
        }
        Span state = new Span(getTranslation(idea.state().labelKey()));
        state.addClassName("sc-badge");
        state.setId("idea-state");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        // A hidden idea shown to a visitor carries no author: whose it was is hidden with it, and "a former
        // resident" would say, wrongly, that the account is gone.
        boolean redacted = idea.state() == IdeaState.HIDDEN && idea.title().isEmpty();
        String author = idea.authorName() == null ? getTranslation("idea.formerResident") : idea.authorName();
        String place = labels.territory(idea.territoryId())
                + (idea.districtId() == null ? "" : " – " + labels.district(idea.territoryId(), idea.districtId()));
        Paragraph meta = new Paragraph(redacted
                ? getTranslation("idea.metaHidden", dates.format(idea.createdAt()), labels.theme(idea.themeId()), place)
                : getTranslation("idea.meta", author, dates.format(idea.createdAt()), labels.theme(idea.themeId()), place));
        meta.setId("idea-meta");
        meta.addClassName("sc-meta");
        add(title, state, meta);
        ideas.image(ideaId).ifPresent(image -> {
            Image picture = new Image(IdeaImageDownload.of(ideas, ideaId), image.altText());
            picture.setId("idea-image");
            picture.getElement().setAttribute("width", Integer.toString(image.width()));
            picture.getElement().setAttribute("height", Integer.toString(image.height()));
            Div frame = new Div(picture);
            frame.addClassName("sc-idea-image");
            add(frame);
        });
        if (idea.hiddenReason() != null) {
            Paragraph hidden = new Paragraph(getTranslation("idea.hiddenBecause", HiddenReasons.describe(this,
                    idea.hiddenReason())));
            hidden.addClassName("sc-notice");
            add(hidden);
        }
        if (!idea.description().isEmpty()) {
            add(UserContent.french(new Html(SafeMarkdown.toHtml(idea.description()))));
        }
        if (idea.publicAnswer() != null) {
            Div answer = new Div(new H2(getTranslation("idea.answer")), new Html(SafeMarkdown.toHtml(idea.publicAnswer())));
            answer.addClassName("sc-answer");
            add(answer);
        }
        gauge = maturity.gauge();
        showSupports(idea.supportCount(), supports.doISupport(ideaId));
        Div supportRow = new Div(supportCount, supportButton, verificationNeeded);
        supportRow.addClassName("sc-support-row");
        Div social = new Div();
        social.addClassName("sc-social-row");
        detailActions.forEach(extension -> extension.actionsFor("IDEA", ideaId).ifPresent(social::add));
        if (idea.state() != IdeaState.HIDDEN) {
            social.add(new ShareLink(idea.title()));
        }
        Div maturityTrack = new Div(maturityBar);
        maturityTrack.addClassName("sc-meter");
        maturityTrack.getElement().setAttribute("aria-hidden", "true");
        maturityBar.addClassName("sc-meter-value");
        maturitySentence.setId("maturity-progress");
        maturitySentence.addClassName("sc-maturity-sentence");
        maturityBox.removeAll();
        maturityBox.add(maturityTrack, maturitySentence);
        maturityBox.addClassName("sc-card-progress");
        H2 supportTitle = new H2(getTranslation("idea.supportTitle"));
        supportTitle.setId("support-title");
        Section supportPanel = new Section(supportTitle, maturityBox, supportRow, social);
        supportPanel.addClassName("sc-support-panel");
        supportPanel.getElement().setAttribute("aria-labelledby", "support-title");
        showMaturity(idea.supportCount());
        add(supportPanel, new IdeaSteps(idea, gauge.of(idea)), authorActions(idea), new SupportChainSection(supports, ideaId));
        if (redacted) {
            // Its discussion is hidden with it, from those who may not read the idea itself.
            discussion = null;
            return;
        }
        discussion = new DiscussionSection(comments, reports, ideaId, authentication.isAuthenticated());
        add(discussion);
    }

    private HorizontalLayout authorActions(IdeaDetails shown) {
        HorizontalLayout actions = new HorizontalLayout();
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (authentication.isAuthenticated() && !permissions.isAuthor(current, shown.authorId())
                && shown.state() != IdeaState.HIDDEN) {
            Button report = new Button(getTranslation("report.ideaAction"), click -> new ReportDialog(
                    getTranslation("report.ideaTitle"), reason -> reports.report(ContentType.IDEA, shown.id(), reason),
                    () -> { }).open());
            report.addThemeVariants(ButtonVariant.TERTIARY);
            report.setId("report-idea");
            actions.add(report);
        }
        if (permissions.isAuthor(current, shown.authorId())) {
            if (shown.state() == IdeaState.PUBLISHED && shown.supportCount() == 0) {
                Anchor edit = new Anchor(RouteConfiguration.forSessionScope().getUrl(IdeaFormView.class, shown.id()),
                        getTranslation("idea.edit"));
                edit.setId("edit-idea");
                actions.add(edit);
            }
            if (shown.state() == IdeaState.PUBLISHED || shown.state() == IdeaState.MATURE) {
                Button withdraw = new Button(getTranslation("idea.withdraw"), click -> {
                    try {
                        ideas.withdrawIdea(shown.id());
                        Notifications.success(getTranslation("idea.withdrawn"));
                        getUI().ifPresent(ui -> ui.navigate(IdeaView.class, shown.id()));
                    } catch (DomainException refused) {
                        Notifications.refused(refused);
                    }
                });
                withdraw.addThemeVariants(ButtonVariant.TERTIARY);
                withdraw.setId("withdraw-idea");
                actions.add(withdraw);
            }
        }
        return actions;
    }

    private void toggleSupport() {
        if (idea == null) {
            return;
        }
        if (!authentication.isAuthenticated()) {
            getUI().ifPresent(ui -> ui.navigate("login"));
            return;
        }
        try {
            boolean supported = supports.doISupport(idea.id());
            SupportOutcome outcome = supported ? supports.withdrawSupport(idea.id()) : supports.support(idea.id());
            showSupports(outcome.supportCount(), outcome.supported());
            Notifications.success(getTranslation(outcome.supported() ? "support.given" : "support.withdrawn"));
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    /** The way to maturity, as the cards show it, with what reaching it means. */
    private void showMaturity(int count) {
        if (idea == null || gauge == null) {
            return;
        }
        MaturityProgress progress = gauge.of(idea.state(), count, idea.territoryId(), idea.createdAt());
        maturitySentence.setText(IdeaTile.sentence(this, getLocale(), idea.state(), progress));
        maturityBar.getStyle().set("width", progress.percentage() + "%");
        maturityBox.setClassName("sc-reached", progress.reached());
    }

    private void showSupports(int count, boolean mine) {
        showMaturity(count);
        supportCount.setText(getTranslation("idea.supports", NumberFormat.getIntegerInstance(getLocale()).format(count), count));
        boolean open = idea != null && idea.state().acceptsSupport();
        boolean own = idea != null && permissions.isAuthor(SecurityContextHolder.getContext().getAuthentication(),
                idea.authorId());
        // A resident the territory's rules keep from supporting reads why and how to get verified instead.
        var refusal = open && !own && !mine && idea != null
                ? residency.refusalForMe(idea.territoryId(), VerifiedAction.SUPPORT_IDEA) : java.util.Optional.<fr.sensiblecity.verification.NotVerified>empty();
        refusal.ifPresent(notVerified -> verificationReason.setText(
                getTranslation(notVerified.messageKey(), notVerified.arguments())));
        verificationNeeded.setVisible(refusal.isPresent());
        supportButton.setVisible(open && !own && refusal.isEmpty());
        supportButton.setText(getTranslation(mine ? "support.withdraw" : "support.give"));
        supportButton.removeThemeVariants(ButtonVariant.PRIMARY);
        if (!mine) {
            supportButton.addThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        followLive();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopFollowing();
    }

    /** Follows the idea shown now; called again when the same page moves on to another idea. */
    private void followLive() {
        stopFollowing();
        UI ui = getUI().orElse(null);
        if (idea == null || ui == null) {
            return;
        }
        long shown = idea.id();
        live = broadcaster.watchSupports(shown, count -> ui.access(() -> {
            supportCount.setText(getTranslation("idea.supports", NumberFormat.getIntegerInstance(getLocale()).format(count),
                    count));
            showMaturity(count);
        }));
        liveComments = broadcaster.watchComments(shown, () -> {
            if (discussion != null) {
                ui.access(discussion::refresh);
            }
        });
    }

    private void stopFollowing() {
        if (live != null) {
            live.remove();
            live = null;
        }
        if (liveComments != null) {
            liveComments.remove();
            liveComments = null;
        }
    }

    @Override
    public String getPageTitle() {
        String title = idea == null || idea.title().isEmpty() ? getTranslation("ideas.title") : idea.title();
        return title + " | " + getTranslation("app.name");
    }

}
