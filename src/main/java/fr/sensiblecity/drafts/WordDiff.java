package fr.sensiblecity.drafts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-by-word comparison of two texts, by java-diff-utils (Myers' algorithm). Texts are cut into words and the
 * spaces between them, so a changed word shows as that word, and line breaks survive.
 */
public final class WordDiff {

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<DiffSegment> compare(String older, String newer) {
        List<String> from = tokens(older);
        List<String> to = tokens(newer);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<DiffSegment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, DiffSegment.Kind.SAME, from.subList(position, start));
            add(segments, DiffSegment.Kind.DELETED, delta.getSource().getLines());
            add(segments, DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, DiffSegment.Kind.SAME, from.subList(position, from.size()));
        return segments;
    }

    public static boolean changed(List<DiffSegment> segments) {
        return segments.stream().anyMatch(segment -> segment.kind() != DiffSegment.Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<DiffSegment> segments, DiffSegment.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            DiffSegment last = segments.removeLast();
            segments.add(new DiffSegment(kind, last.text() + text));
        } else {
            segments.add(new DiffSegment(kind, text));
        }
    }
}
