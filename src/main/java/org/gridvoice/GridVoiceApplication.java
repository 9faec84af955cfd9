package org.gridvoice;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/gridvoice.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class GridVoiceApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(GridVoiceApplication.class, args);
    }
}
