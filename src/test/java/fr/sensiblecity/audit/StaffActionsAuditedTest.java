package fr.sensiblecity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.MariaDbTest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every staff action reaches the audit trail. The staff-only service methods are found by reflection: public
 * methods whose {@code @PreAuthorize} expression names a permission that a plain resident fails and a staff role
 * (moderator, facilitator, administrator) passes, and that are not read-only. For each, the test reads the compiled
 * code and follows its calls into the platform's own classes (helpers, other services, lambdas) until it finds a
 * call of {@link AuditTrail#append}; a staff method with no path to it fails. The behaviour itself (the right entry,
 * with its values) is checked by each module's service tests.
 */
@MariaDbTest
class StaffActionsAuditedTest {

    private static final Pattern PERMISSION = Pattern.compile("@(\\w+)\\.(\\w+)\\(authentication\\)");
    private static final String BASE = "fr/sensiblecity/";
    private static final String APPEND = "fr/sensiblecity/base/AuditTrail.append";

    @Autowired
    ApplicationContext context;

    private final Map<String, Set<String>> calls = new HashMap<>();

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void every_staff_only_service_method_writes_an_audit_entry() throws Exception {
        Set<String> staffMethods = new TreeSet<>();
        for (Class<?> type : componentClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && isStaffOnly(type, method)
                        && !readOnly(type, method)) {
                    staffMethods.add(type.getSimpleName() + "." + method.getName());
                    assertThat(reachesAppend(type, method)).as(type.getSimpleName() + "." + method.getName()
                            + " is staff-only and changes data, but never appends to the audit trail").isTrue();
                }
            }
        }
        // The list is what the test found; these are known staff actions, so that a broken search cannot pass empty.
        assertThat(staffMethods).contains("ProjectService.addMilestone", "ProjectService.setProgress",
                "ContentModerationService.hide", "ContentModerationService.restore",
                "ContentModerationService.dismissReports", "ModerationService.reject", "ResidentService.grantRole",
                "TerritoryService.createTerritory",
                "ThresholdService.change", "DrawService.draw", "RecommendationService.openRecommendationVote",
                "FundingService.addLine", "LabelService.award", "ProposalFacilitation.putProposalToVote",
                "ProposalFacilitation.declineProposal", "ProposalFacilitation.proposeMerge",
                "ProposalFacilitation.cancelMerge");
        assertThat(staffMethods).doesNotContain("IdeaService.submitIdea", "SupportService.support",
                "ThresholdService.current", "ContentModerationService.reportQueue", "ReportService.report",
                "ProposalService.proposeRecommendation", "ProposalService.answerMerge");
        System.out.println("Staff-only methods checked (" + staffMethods.size() + "): " + staffMethods);
    }

    private List<Class<?>> componentClasses() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Class<?>> types = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("fr.sensiblecity")) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        return types;
    }

    private boolean isStaffOnly(Class<?> type, Method method) throws Exception {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        }
        if (rule == null) {
            return false;
        }
        Matcher permission = PERMISSION.matcher(rule.value());
        if (!permission.find()) {
            return false; // a rule about one thing (a draft, an amendment): participants', not staff's
        }
        Object bean = context.getBean(permission.group(1));
        Method check = bean.getClass().getMethod(permission.group(2), Authentication.class);
        Actors.resident(1);
        if ((Boolean) check.invoke(bean, SecurityContextHolder.getContext().getAuthentication())) {
            return false;
        }
        for (Role staff : new Role[] {Role.MODERATOR, Role.FACILITATOR, Role.MEDIATOR, Role.ADMINISTRATOR}) {
            Actors.resident(1, staff);
            if ((Boolean) check.invoke(bean, SecurityContextHolder.getContext().getAuthentication())) {
                return true;
            }
        }
        return false;
    }

    private static boolean readOnly(Class<?> type, Method method) {
        Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (transactional == null) {
            transactional = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
        }
        return transactional != null && transactional.readOnly();
    }

    /** Follows calls from the method through the platform's classes, by name (overloads and overrides included). */
    private boolean reachesAppend(Class<?> type, Method method) throws IOException {
        Deque<String> pending = new ArrayDeque<>(List.of(type.getName().replace('.', '/') + "." + method.getName()));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (next.equals(APPEND)) {
                return true;
            }
            if (seen.add(next)) {
                pending.addAll(callsOf(next));
            }
        }
        return false;
    }

    private Set<String> callsOf(String owner_method) throws IOException {
        String owner = owner_method.substring(0, owner_method.lastIndexOf('.'));
        String name = owner_method.substring(owner_method.lastIndexOf('.') + 1);
        if (!calls.containsKey(owner)) {
            read(owner);
        }
        return calls.getOrDefault(owner_method, Set.of());
    }

    private void read(String owner) throws IOException {
        calls.put(owner, Set.of());
        try (InputStream bytes = getClass().getClassLoader().getResourceAsStream(owner + ".class")) {
            if (bytes == null) {
                return;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                        String[] exceptions) {
                    Set<String> out = calls.computeIfAbsent(owner + "." + method, any -> new HashSet<>());
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String calledOwner, String called, String desc,
                                boolean isInterface) {
                            if (calledOwner.startsWith(BASE)) {
                                out.add(calledOwner + "." + called);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String called, String desc, Handle bootstrap,
                                Object... arguments) {
                            for (Object argument : arguments) {
                                if (argument instanceof Handle handle && handle.getOwner().startsWith(BASE)) {
                                    out.add(handle.getOwner() + "." + handle.getName());
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        }
    }
}
