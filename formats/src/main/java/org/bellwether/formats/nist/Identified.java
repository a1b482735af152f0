package org.bellwether.formats.nist;

import org.bellwether.formats.InputException;

/** Reads the ObjectId every referable object has, and says where it was missing. */
abstract class Identified implements Fields.ObjectReader {
    final Fields in;
    final String at;
    String id;

    Identified(Fields in) {
        this.in = in;
        this.at = in.where();
    }

    String id(String what) {
        if (id == null || id.isEmpty()) {
            throw new InputException(in.file(), at, what + " has no ObjectId");
        }
        return id;
    }
}
