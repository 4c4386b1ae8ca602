package io.jenkins.plugins.drone.freestyle;

/** Something of the job the converter leaves out, where it was, and what to do instead. */
record NotConverted(String what, String section, String hint) {

    /** {@code not converted: hudson.tasks.Mailer (publishers) — hint}: both the warning and the YAML comment. */
    String describe() {
        return "not converted: " + what + " (" + section + ")" + (hint.isEmpty() ? "" : " — " + hint);
    }
}
