package dev.watchtower.portal.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The CJK font embedded (as a subset) in every PDF the portal writes: notices and report
 * tables (ADR 0021).
 *
 * @param font a TrueType font ({@code .ttf}) or collection ({@code .ttc}) with Simplified
 * Chinese glyphs; Debian's {@code fonts-wqy-microhei} by default
 * @param fontName the font's PostScript name inside a collection
 */
@Validated
@ConfigurationProperties("watchtower.pdf")
public record PdfSettings(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path font,
		@DefaultValue("WenQuanYiMicroHei") String fontName) {

}
