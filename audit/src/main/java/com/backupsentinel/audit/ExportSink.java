package com.backupsentinel.audit;

/** Where exports are written: the report bucket in production. */
public interface ExportSink {

    void put(String key, byte[] body, String contentType);
}
