package io.jenkins.plugins.drone.jenkins.agent;

import com.gargoylesoftware.htmlunit.html.HtmlForm;
import io.jenkins.plugins.drone.engine.StorageSettings;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.support.DockerAgentCase;
import io.jenkins.plugins.drone.jenkins.support.Jobs;
import java.util.Map;

/**
 * Proves on a real Hudson that the agent's storage settings (cache limit, helper image, volume driver and its
 * options) and the job's cache scope are saved from their configuration forms and reach the run's storage
 * settings, and that the form checks refuse a limit that is not a size and a driver option that is not
 * key=value or binds every volume to one directory.
 */
public class StorageSettingsFormIT extends DockerAgentCase {

    public void testTheFormsSaveTheStorageSettings() throws Exception {
        agent.getNodeProperties().add(new DockerHostProperty(""));
        HtmlForm form = createWebClient().goTo("computer/" + agent.getNodeName() + "/configure").getFormByName("config");
        form.getInputByName("_.cacheLimit").setValueAttribute("2GiB");
        form.getInputByName("_.helperImage").setValueAttribute("drone-pipeline/busybox:test");
        form.getInputByName("_.volumeDriver").setValueAttribute("local");
        form.getTextAreaByName("_.volumeDriverOptions").setText("type=tmpfs\ndevice=tmpfs\no=size=1g");
        submit(form);

        StorageSettings storage = DockerHostProperty.storage(hudson.getNode(agent.getNodeName()));
        assertEquals(2L << 30, storage.cacheLimitBytes());
        assertEquals("drone-pipeline/busybox:test", storage.helperImage());
        assertEquals("local", storage.volumeDriver());
        assertEquals(Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=1g"), storage.driverOptions());

        DronePipelineJob job = Jobs.create("scoped", "https://git.example.com/acme/app.git", "main");
        assertEquals("scoped", job.effectiveCacheScope());
        HtmlForm jobForm = createWebClient().goTo(job.getUrl() + "configure").getFormByName("config");
        jobForm.getInputByName("_.cacheScope").setValueAttribute("acme-app");
        submit(jobForm);
        assertEquals("acme-app", job.effectiveCacheScope());
    }

    public void testTheChecksRefuseBadValues() throws Exception {
        String check = "descriptorByName/" + DockerHostProperty.class.getName() + "/";
        assertTrue(page(check + "checkCacheLimit?value=lots").contains("is not a size"));
        assertFalse(page(check + "checkCacheLimit?value=20GiB").contains("is not a size"));
        assertTrue(page(check + "checkVolumeDriverOptions?value=tmpfs").contains("is not key=value"));
        assertTrue(page(check + "checkVolumeDriverOptions?value=o%3Dbind").contains("the same directory"));
    }

    private String page(String url) throws Exception {
        return createWebClient().goTo(url, "text/html").getWebResponse().getContentAsString();
    }
}
