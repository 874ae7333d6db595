package io.qike.crm.wecom.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventXmlTest {
    @Test
    void readsTheTopLevelElementsOfAWecomEvent() {
        String xml = """
                <xml><ToUserName><![CDATA[wwcorp]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>
                <CreateTime>1403610513</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event>
                <ChangeType>update_user</ChangeType><UserID><![CDATA[zhangsan]]></UserID><Name>张三 &amp; 李四</Name>
                <Department><![CDATA[1,2,3]]></Department><ExtAttr><Item><Name>爱好</Name><Value>旅游</Value></Item></ExtAttr>
                <UserID>second</UserID></xml>""";
        var fields = EventXml.fields(xml);
        assertThat(fields).containsEntry("ToUserName", "wwcorp").containsEntry("Event", "change_contact")
                .containsEntry("ChangeType", "update_user").containsEntry("UserID", "zhangsan")
                .containsEntry("Name", "张三 & 李四").containsEntry("Department", "1,2,3").containsEntry("CreateTime", "1403610513")
                .containsEntry("ExtAttr", "爱好旅游");
    }

    @Test
    void refusesDocumentTypesAndExternalEntitiesAndWhatIsNotXml() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Encrypt>&x;</Encrypt></xml>""";
        assertThatThrownBy(() -> EventXml.fields(xxe)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventXml.fields("<xml><Encrypt>abc</xml>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventXml.fields("success")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventXml.fields("")).isInstanceOf(IllegalArgumentException.class);
    }
}
