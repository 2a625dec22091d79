package org.jiceng.apibaseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;

/**
 * The recorded API of the bundle as text: its Export-Package header, then bnd's API tree (packages,
 * classes, members with their signatures, each with the change its addition or removal means), one
 * element per line, indented by depth. Text rather than a binary jar, so the baseline can live in the
 * repository and a change to it reads as a diff in review.
 */
final class ApiTreeText {
    static final String EXPORTS = "Export-Package: ";

    /** What the file holds: the exports header and the tree. */
    record Recorded(String exports, Tree.Data tree) {
    }

    private ApiTreeText() {
    }

    /**
     * Writes the exports and the API part of a bundle's tree. The tree's other parts (the manifest
     * with its build timestamp, every resource with its checksum) change with every build and take
     * no part in a package baseline.
     */
    static void write(Path file, String exports, Tree.Data bundleTree) throws IOException {
        Tree.Data tree = new Tree.Data();
        tree.name = bundleTree.name;
        tree.type = bundleTree.type;
        tree.add = bundleTree.add;
        tree.rem = bundleTree.rem;
        tree.children = Arrays.stream(bundleTree.children).filter(child -> child.type == Type.API).toArray(Tree.Data[]::new);
        StringBuilder out = new StringBuilder();
        out.append("# The exported API of org.jiceng.core.api as last released: ApiBaselineTest compares the build with it.\n");
        out.append("# Columns: type, delta if added, delta if removed, name, comment (tab-separated, indented by depth).\n");
        out.append(EXPORTS).append(exports).append('\n');
        append(out, tree, 0);
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, Tree.Data node, int depth) {
        out.append("  ".repeat(depth)).append(node.type).append('\t').append(node.add).append('\t').append(node.rem).append('\t')
                .append(escape(node.name)).append('\t').append(node.comment == null ? "" : escape(node.comment)).append('\n');
        if (node.children != null) {
            for (Tree.Data child : node.children) {
                append(out, child, depth + 1);
            }
        }
    }

    static Recorded read(Path file) throws IOException {
        String exports = null;
        Tree.Data root = null;
        Deque<Tree.Data> parents = new ArrayDeque<>();
        Deque<List<Tree.Data>> children = new ArrayDeque<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith(EXPORTS)) {
                exports = line.substring(EXPORTS.length());
                continue;
            }
            int depth = (line.length() - line.stripLeading().length()) / 2;
            String[] cells = line.stripLeading().split("\t", -1);
            if (cells.length != 5) {
                throw new IOException("Malformed line in " + file + ": " + line);
            }
            Tree.Data node = new Tree.Data();
            node.type = Type.valueOf(cells[0]);
            node.add = Delta.valueOf(cells[1]);
            node.rem = Delta.valueOf(cells[2]);
            node.name = unescape(cells[3]);
            node.comment = cells[4].isEmpty() ? null : unescape(cells[4]);
            while (parents.size() > depth) {
                close(parents, children);
            }
            if (depth == 0) {
                root = node;
            } else {
                children.peek().add(node);
            }
            parents.push(node);
            children.push(new ArrayList<>());
        }
        while (!parents.isEmpty()) {
            close(parents, children);
        }
        if (exports == null || root == null) {
            throw new IOException(file + " holds no " + EXPORTS + "line or no API tree");
        }
        return new Recorded(exports, root);
    }

    private static void close(Deque<Tree.Data> parents, Deque<List<Tree.Data>> children) {
        Tree.Data node = parents.pop();
        List<Tree.Data> own = children.pop();
        node.children = own.isEmpty() ? null : own.toArray(Tree.Data[]::new);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
