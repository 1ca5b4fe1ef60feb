package com.backupsentinel.ondemand.api;

/** The operations of the API, with the method each accepts. */
enum Route {
    START_BACKUP("POST", "/backups"),
    LATEST_BACKUP("GET", "/backups/latest"),
    BACKUP_STATUS("GET", "/backups/{timestamp}"),
    START_RESTORE("POST", "/restores"),
    RESTORE_STATUS("GET", "/restores/{timestamp}"),
    AUDIT("GET", "/audit");

    private final String method;
    private final String template;

    Route(String method, String template) {
        this.method = method;
        this.template = template;
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    /** {@code POST /backups}, as logs and the 404 message spell it. */
    String label() {
        return method + " " + template;
    }
}
