package com.backupsentinel.usage;

import java.util.List;

/** One page of a listing; {@code truncated} when more keys follow the last one. */
record ObjectPage(List<ListedObject> objects, boolean truncated) {

    ObjectPage {
        objects = List.copyOf(objects);
    }
}
