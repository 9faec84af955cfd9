/*
 * Verifies GridVoice's public audit chain with nothing but a JDK (17 or later):
 *
 *     java tools/VerifyChain.java https://gridvoice.example.org
 *
 * Downloads /open-data/audit page by page (JSON Lines, one entry per line, in sequence order),
 * recomputes every entry's SHA-256 and its link to the one before, and prints either
 *     INTACT <entries> entries, head <seq> <hash>            (exit code 0)
 * or
 *     BROKEN at entry <seq>: <PROBLEM> <explanation>          (exit code 1)
 * The hashed bytes: the UTF-8 encoding of prevHash, seq, occurredAt, kind, objectType, objectId,
 * actorRef, payload joined by the unit separator U+001F (numbers in decimal, the other fields
 * exactly as published); the first entry's prevHash is 64 zeros. Anything else (no answer, a bad
 * page) exits with 2.
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

public class VerifyChain {

    static final int PAGE = 5000;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java tools/VerifyChain.java BASE_URL   (e.g. http://localhost:8080)");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String prev = "0".repeat(64);
        long expected = 1;
        long headSeq;
        String headHash;
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/open-data/audit?from=" + expected + "&limit=" + PAGE)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                System.err.println("ERROR " + base + "/open-data/audit answered " + response.statusCode() + ": " + response.body());
                System.exit(2);
                return;
            }
            headSeq = Long.parseLong(response.headers().firstValue("X-Audit-Head-Seq").orElseThrow());
            headHash = response.headers().firstValue("X-Audit-Head-Hash").orElseThrow();
            int lines = 0;
            for (String line : response.body().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                Map<String, String> e = parse(line);
                long seq = Long.parseLong(e.get("seq"));
                if (seq != expected) {
                    broken(expected, "MISSING", "the entry is missing: the next published entry is " + seq);
                }
                if (seq > headSeq) {
                    broken(seq, "BEYOND_HEAD", "the entry lies beyond the published head " + headSeq);
                }
                if (!e.get("prevHash").equals(prev)) {
                    broken(seq, "LINK", "prevHash " + e.get("prevHash") + " is not the hash of entry " + (seq - 1) + " (" + prev + ")");
                }
                String content = String.join("\u001F", prev, Long.toString(seq), e.get("occurredAt"), e.get("kind"),
                        e.get("objectType"), e.get("objectId"), e.get("actorRef"), e.get("payload"));
                String hash = HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
                if (!hash.equals(e.get("hash"))) {
                    broken(seq, "CONTENT", "the stored hash " + e.get("hash") + " is not the SHA-256 of the entry (" + hash + ")");
                }
                prev = hash;
                expected++;
            }
            if (lines < PAGE) {
                break;
            }
        }
        long checked = expected - 1;
        if (checked != headSeq || !prev.equals(headHash)) {
            broken(Math.min(expected, Math.max(headSeq, 1)), "HEAD",
                    "the chain ends at entry " + checked + " (" + prev + ") but the published head is " + headSeq + " (" + headHash + ")");
        }
        System.out.println("INTACT " + checked + " entries, head " + headSeq + " " + headHash);
        System.exit(0);
    }

    static void broken(long seq, String problem, String why) {
        System.out.println("BROKEN at entry " + seq + ": " + problem + " " + why);
        System.exit(1);
    }

    /** A flat JSON object of strings and integers, as the export writes it. */
    static Map<String, String> parse(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        int[] at = {skip(line, 0)};
        expect(line, at, '{');
        while (true) {
            at[0] = skip(line, at[0]);
            if (line.charAt(at[0]) == '}') {
                return fields;
            }
            String key = string(line, at);
            at[0] = skip(line, at[0]);
            expect(line, at, ':');
            at[0] = skip(line, at[0]);
            String value;
            if (line.charAt(at[0]) == '"') {
                value = string(line, at);
            } else {
                int start = at[0];
                while (at[0] < line.length() && "-0123456789".indexOf(line.charAt(at[0])) >= 0) {
                    at[0]++;
                }
                value = line.substring(start, at[0]);
            }
            fields.put(key, value);
            at[0] = skip(line, at[0]);
            if (line.charAt(at[0]) == ',') {
                at[0]++;
            }
        }
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void expect(String s, int[] at, char c) {
        if (s.charAt(at[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at[0] + " in " + s);
        }
        at[0]++;
    }

    private static String string(String s, int[] at) {
        expect(s, at, '"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(at[0]++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(at[0]++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(at[0], at[0] + 4), 16));
                    at[0] += 4;
                }
                default -> out.append(e); // \" \\ \/
            }
        }
    }
}
