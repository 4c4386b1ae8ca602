package io.jenkins.plugins.drone.jenkins.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through Debian's chromedriver and Selenium. Only ever loaded by
 * {@link Browser}'s isolated class loader.
 */
public final class SeleniumSession implements BrowserSession {

    private final ChromeDriver driver;

    /** Starts the browser with a fresh profile in {@code profile}. */
    public SeleniumSession(String profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void open(String url) {
        driver.get(url);
    }

    @Override
    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    @Override
    public String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getAttribute(name);
    }

    @Override
    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    @Override
    public void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    @Override
    public String source() {
        return driver.getPageSource();
    }

    @Override
    public String script(String script) {
        Object result = driver.executeScript(script);
        return result == null ? null : String.valueOf(result);
    }

    @Override
    public void screenshot(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
