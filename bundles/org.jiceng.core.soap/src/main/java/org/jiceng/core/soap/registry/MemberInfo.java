package org.jiceng.core.soap.registry;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A member as the SOAP contract shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "memberInfo")
public class MemberInfo {
    public long id;
    public String name;
    public String gender;
    public LocalDate birthDate;
    public String education;
    public long organizationId;
    public String jurisdictionCode;
    public String stage;
    public LocalDate applicationDate;
    public LocalDate activistDate;
    public LocalDate candidateDate;
    public LocalDate probationDate;
    public LocalDate fullDate;
    public boolean hasPost;
    public String membershipStatus;
}
