package cn.wanhuo.hub.shared.files;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.MediaType;

/** File types the hub accepts, recognised by their first bytes rather than by what the client claims. */
public enum FileKind {
  PDF(MediaType.APPLICATION_PDF, new int[] {0x25, 0x50, 0x44, 0x46}),
  PNG(MediaType.IMAGE_PNG, new int[] {0x89, 0x50, 0x4E, 0x47}),
  JPEG(MediaType.IMAGE_JPEG, new int[] {0xFF, 0xD8, 0xFF}),
  WEBP(MediaType.parseMediaType("image/webp"), new int[] {0x52, 0x49, 0x46, 0x46});

  private final MediaType mediaType;
  private final int[] magic;

  FileKind(MediaType mediaType, int[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public MediaType mediaType() {
    return mediaType;
  }

  /** Which kind these bytes start with, if any. */
  public static Optional<FileKind> sniff(byte[] head) {
    return Arrays.stream(values()).filter(kind -> kind.matches(head)).findFirst();
  }

  private boolean matches(byte[] head) {
    if (head.length < magic.length || (this == WEBP && (head.length < 12 || head[8] != 'W' || head[9] != 'E' || head[10] != 'B' || head[11] != 'P'))) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
