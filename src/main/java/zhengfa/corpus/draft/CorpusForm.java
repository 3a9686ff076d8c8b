package zhengfa.corpus.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a decoded page to the form the corpus stores: LF line endings, NFC, no byte order mark and
 * no control characters other than LF and TAB. Nothing else is touched: page furniture stays, to be
 * annotated rather than deleted.
 */
public final class CorpusForm {

    private CorpusForm() {}

    /** @param changes what was changed, in words, for the curator's checklist (empty if nothing) */
    public record Normalised(String text, List<String> changes) {}

    public static Normalised normalise(String decoded) {
        List<String> changes = new ArrayList<>();
        String text = decoded;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            changes.add("removed the byte order mark");
        }
        int crlf = count(text, "\r\n");
        text = text.replace("\r\n", "\n");
        int cr = count(text, "\r");
        text = text.replace('\r', '\n');
        if (crlf > 0) {
            changes.add("turned " + crlf + " CRLF line endings into LF");
        }
        if (cr > 0) {
            changes.add("turned " + cr + " bare CR line endings into LF");
        }
        StringBuilder kept = new StringBuilder(text.length());
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                controls++;
            } else {
                kept.append(c);
            }
        }
        if (controls > 0) {
            changes.add("removed " + controls + " control characters");
        }
        text = kept.toString();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!nfc.equals(text)) {
            changes.add("normalised to NFC");
        }
        return new Normalised(nfc, List.copyOf(changes));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
