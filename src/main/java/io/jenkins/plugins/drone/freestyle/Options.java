package io.jenkins.plugins.drone.freestyle;

/** How to convert: the image every converted step runs in, and the pipeline's name. */
public record Options(String image, String pipelineName) {

    public static final String DEFAULT_IMAGE = "alpine:3";
    public static final String DEFAULT_PIPELINE_NAME = "default";

    /** Blank values fall back to the defaults. */
    public Options {
        image = image == null || image.isBlank() ? DEFAULT_IMAGE : image.strip();
        pipelineName = pipelineName == null || pipelineName.isBlank() ? DEFAULT_PIPELINE_NAME : pipelineName.strip();
    }

    public static Options defaults() {
        return new Options(DEFAULT_IMAGE, DEFAULT_PIPELINE_NAME);
    }
}
