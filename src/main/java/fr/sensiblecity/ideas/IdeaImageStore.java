package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ideas' images, stored as panel evidence is: the description in {@code idea_image}, the bytes in
 * {@code idea_image_content}, or in a file of the configured directory (named by a random UUID, never by the
 * upload's name). A replaced or removed file is deleted once the transaction commits.
 */
@Component
class IdeaImageStore {

    static final int ALT_MAX = 250;

    private final JdbcTemplate jdbc;
    private final IdeaImageSettings settings;

    IdeaImageStore(JdbcTemplate jdbc, IdeaImageSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Checks the alternative text and the picture, then stores the re-encoded picture in place of any other. */
    void put(long ideaId, IdeaImage.Upload upload, Instant now) {
        String alt = checkedAlt(upload.altText());
        ImageCheck.Checked image = ImageCheck.resized(upload.content(), settings);
        remove(ideaId);
        String storedAs = settings.directory() == null ? null : UUID.randomUUID() + (image.contentType().endsWith("png")
                ? ".png" : ".jpg");
        jdbc.update("insert into idea_image (idea_id, alt_text, content_type, width, height, size_bytes, stored_as, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", ideaId, alt, image.contentType(), image.width(),
                image.height(), (long) image.bytes().length, storedAs, SupportLedger.toDb(now));
        if (storedAs == null) {
            jdbc.update("insert into idea_image_content (idea_id, content) values (?, ?)", ideaId, image.bytes());
        } else {
            try {
                Path directory = Files.createDirectories(Path.of(settings.directory()));
                Files.write(directory.resolve(storedAs), image.bytes());
            } catch (IOException unwritable) {
                throw new UncheckedIOException(unwritable);
            }
        }
    }

    void changeAlt(long ideaId, @Nullable String altText) {
        jdbc.update("update idea_image set alt_text = ? where idea_id = ?", checkedAlt(altText), ideaId);
    }

    void remove(long ideaId) {
        List<String> files = jdbc.query("select stored_as from idea_image where idea_id = ? and stored_as is not null",
                (rs, row) -> rs.getString(1), ideaId);
        jdbc.update("delete from idea_image_content where idea_id = ?", ideaId);
        jdbc.update("delete from idea_image where idea_id = ?", ideaId);
        for (String file : files) {
            Path path = Path.of(Objects.requireNonNull(settings.directory())).resolve(file);
            Runnable delete = () -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException undeletable) {
                    // The row is gone, so nothing serves the file any more; an operator may clean it up.
                    LoggerFactory.getLogger(IdeaImageStore.class).warn("Idea image file {} could not be deleted", path);
                }
            };
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        delete.run();
                    }
                });
            } else {
                delete.run();
            }
        }
    }

    Optional<IdeaImage> find(long ideaId) {
        return jdbc.query("select alt_text, content_type, width, height from idea_image where idea_id = ?",
                (rs, row) -> new IdeaImage(ideaId, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), ideaId)
                .stream().findFirst();
    }

    Optional<IdeaImage.Content> content(long ideaId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select content_type, stored_as from idea_image "
                + "where idea_id = ?", ideaId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String type = (String) rows.getFirst().get("content_type");
        String storedAs = (String) rows.getFirst().get("stored_as");
        byte[] bytes;
        if (storedAs == null) {
            bytes = jdbc.queryForObject("select content from idea_image_content where idea_id = ?", byte[].class, ideaId);
        } else {
            try {
                bytes = Files.readAllBytes(Path.of(Objects.requireNonNull(settings.directory())).resolve(storedAs));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return Optional.of(new IdeaImage.Content("image/png".equals(type) ? "image/png" : "image/jpeg",
                Objects.requireNonNull(bytes)));
    }

    private static String checkedAlt(@Nullable String altText) {
        String alt = altText == null ? "" : altText.strip().replaceAll("\\s+", " ");
        if (alt.isEmpty() || alt.length() > ALT_MAX) {
            throw new DomainException("idea.error.imageAlt", ALT_MAX);
        }
        return alt;
    }
}
