package org.jiceng.core.soap.registry;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** Members in one stage of the pipeline. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "stageCount")
public class StageCount {
    public String stage;
    public long count;
}
