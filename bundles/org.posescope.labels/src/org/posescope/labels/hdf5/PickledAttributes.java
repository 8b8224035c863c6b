package org.posescope.labels.hdf5;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.jhdf.api.Node;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * Attributes that PyTables stored as protocol-0 pickles (lists, tuples, dicts, None), unpickled with Pyrolite.
 * Python lists come back as {@link java.util.List}, tuples as {@code Object[]}, dicts as {@link java.util.Map}.
 */
final class PickledAttributes {

    private PickledAttributes() {
    }

    /** The unpickled value of an attribute, or null when the attribute is absent or holds a pickled None. */
    static Object load(Node node, String name) throws IOException {
        String text = Hdf5Values.text(node, name);
        if (text == null) {
            return null;
        }
        return unpickle(text.getBytes(StandardCharsets.ISO_8859_1), node.getPath() + "@" + name);
    }

    /** Unpickles bytes; a malformed pickle becomes an IOException naming where it was found. */
    static Object unpickle(byte[] pickle, String where) throws IOException {
        Unpickler unpickler = new Unpickler();
        try {
            return unpickler.loads(pickle);
        } catch (PickleException | IllegalStateException | ClassCastException e) {
            throw new IOException("the pickled value " + where + " cannot be read: " + e.getMessage(), e);
        } finally {
            unpickler.close();
        }
    }
}
