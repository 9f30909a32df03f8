package org.authgate.web.dialect.wazo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.dialect.wazo.WazoClient.AUTH;
import static org.authgate.web.dialect.wazo.WazoClient.CONFD;
import static org.authgate.web.dialect.wazo.WazoClient.assertWazoError;

import org.authgate.web.api.NativeApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code authgate.dialect.wazo.enabled=false} every Wazo path answers Wazo's 404; the native API still works. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WazoDisabledIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        JavaArchive switchedOff = ShrinkWrap.create(JavaArchive.class, "wazo-off.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=500\nauthgate.dialect.wazo.enabled=false\n"),
                        "microprofile-config.properties");
        return NativeApi.deployment().addAsLibrary(switchedOff);
    }

    @Test
    void everyWazoPathAnswersWazosNotFound() {
        WazoClient wazo = new WazoClient();
        String name = NativeApi.uniqueName("off");
        wazo.api.createUser(name, "correct horse battery");

        assertWazoError(wazo.logIn(name, "correct horse battery", "wazo-desktop"), 404, "Not Found");
        assertWazoError(wazo.get(AUTH + "/token/anything"), 404, "Not Found");
        assertWazoError(wazo.delete(AUTH + "/token/anything"), 404, "Not Found");
        assertWazoError(wazo.get(CONFD + "/infos", "X-Auth-Token", "x"), 404, "Not Found");
        assertThat(wazo.head(AUTH + "/status").status()).isEqualTo(404);
        assertThat(NativeApi.auditOf(name)).isEmpty();
        assertThat(wazo.api.login(name, "correct horse battery").status()).isEqualTo(200);
    }
}
