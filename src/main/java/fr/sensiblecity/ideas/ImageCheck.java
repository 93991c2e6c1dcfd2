package fr.sensiblecity.ideas;

import fr.sensiblecity.base.DomainException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Checks an uploaded image by its content, never its name: the first bytes must be those of a PNG, JPEG or GIF
 * file, its dimensions are read from the header before anything is decoded (a small file may announce a giant
 * picture), then it is decoded in full and re-encoded by Thumbnailator, no larger than the configured side. What
 * is stored is that new file: the upload's metadata and any bytes hidden after the picture are gone.
 */
final class ImageCheck {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};

    record Checked(String contentType, byte[] bytes, int width, int height) {
    }

    private ImageCheck() {
    }

    static Checked resized(byte[] upload, IdeaImageSettings settings) {
        if (upload.length > settings.maxBytes()) {
            throw new DomainException("idea.error.imageTooLarge", settings.maxBytes() / 1_000_000);
        }
        if (!startsWith(upload, PNG) && !startsWith(upload, JPEG) && !startsWith(upload, GIF)) {
            throw new DomainException("idea.error.imageType");
        }
        BufferedImage picture = decode(upload, (long) settings.maxMegapixels() * 1_000_000);
        boolean transparent = picture.getColorModel().hasAlpha();
        String format = transparent ? "png" : "jpg";
        try {
            BufferedImage source = transparent ? picture : opaque(picture);
            int side = settings.maxSide();
            var builder = source.getWidth() <= side && source.getHeight() <= side
                    ? Thumbnails.of(source).scale(1.0) : Thumbnails.of(source).size(side, side).keepAspectRatio(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            builder.outputFormat(format).outputQuality(0.85).toOutputStream(out);
            byte[] bytes = out.toByteArray();
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(bytes));
            return new Checked(transparent ? "image/png" : "image/jpeg", bytes, stored.getWidth(), stored.getHeight());
        } catch (IOException | RuntimeException unreadable) {
            throw new DomainException("idea.error.imageUnreadable");
        }
    }

    /** Reads the header's dimensions first, and decodes only a picture of a sensible size. */
    private static BufferedImage decode(byte[] upload, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DomainException("idea.error.imageUnreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new DomainException("idea.error.imageTooManyPixels", maxPixels / 1_000_000);
                }
                BufferedImage picture = reader.read(0);
                if (picture == null || picture.getWidth() < 1 || picture.getHeight() < 1) {
                    throw new DomainException("idea.error.imageUnreadable");
                }
                return picture;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof DomainException refusal) {
                throw refusal;
            }
            throw new DomainException("idea.error.imageUnreadable");
        }
    }

    /** JPEG has no transparency; a picture without it is drawn on white in plain RGB first. */
    private static BufferedImage opaque(BufferedImage picture) {
        if (picture.getType() == BufferedImage.TYPE_INT_RGB) {
            return picture;
        }
        BufferedImage rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.drawImage(picture, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
