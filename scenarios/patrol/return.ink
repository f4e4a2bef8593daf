// The disclosure (handed over on the survivor-contact principles: listen, no interview, consent, the Women's
// Protection Adviser), the photo, the patrol report, and the endings.

=== disclosure ===
{
- confidante == "Sergeant Bello":
    Before the patrol heads back, Sergeant Bello comes over to you, quietly. # speaker: narrator # person: bello calm
    One of the women, Fatuma, wants to tell the patrol something. Only with me beside her. # speaker: bello
- confidante == "Mariam":
    Before the patrol heads back, Mariam comes over to you, quietly. # speaker: narrator # person: mariam calm
    One of the women, Fatuma, wants to tell the patrol something. Only with me beside her. # speaker: mariam
- confidante == "Corporal Diallo":
    Before the patrol heads back, Corporal Diallo, one of the two women peacekeepers, comes over to you. # speaker: narrator
    One of the women, Fatuma, wants to tell the patrol something, she says, with a woman beside her. # speaker: narrator
- trust == 0:
    On the way back, a woman catches up with the patrol: Fatuma, one of the women from earlier. # speaker: narrator
    She does not trust the patrol. She trusts the men on the road even less. # speaker: narrator
- else:
    As the patrol heads back, Fatuma hangs back from the others. She looks at the patrol, then at you. # speaker: narrator
}
They step aside, out of earshot of the others. # speaker: narrator # person: fatuma wary
{
- translator == "Idris":
    She speaks quietly, and Idris translates. She does not look at him. # speaker: narrator # person: idris neutral
- translator == "Mariam":
    Mariam translates, softly. # speaker: narrator # person: mariam calm
- else:
    She speaks slowly, in the little French she has. # speaker: narrator
}
~ confidante = ""
~ translator = ""
{at_night:
    Two nights ago, they came to my shelter. They said it was a search. My husband is away. # speaker: fatuma # person: fatuma sad
- else:
    Two mornings ago, on the trail, the men from the road stopped me. They took me into the trees. # speaker: fatuma # person: fatuma sad
}
I have told nobody. # speaker: fatuma
She stops, and looks at the ground. # speaker: narrator # person: fatuma afraid
+ [Ask her to tell you everything, from the start, at her own pace # evidence: crsv.listening 0]
    ~ trust_down(1)
    She shakes her head. Her hands are trembling. # speaker: narrator # person: fatuma afraid
    They hurt me. That is all. # speaker: fatuma
    You meant to listen. But asking her to go through it from the start is an interview, and every question takes her back there. # speaker: narrator
+ [Ask how many men, and what they did, so the patrol can find them # evidence: crsv.listening 0]
    ~ trust_down(1)
    Her eyes go to the road. # speaker: narrator # person: fatuma afraid
    I don't know. Three. Maybe four. # speaker: fatuma
    She has had to go back into it for the patrol, and you learn nothing you did not see on the trail. Questioning her about the attack is for specialists she chooses, if she ever does. # speaker: narrator
+ [Say nothing for a while. Stay there beside her # evidence: crsv.listening 2]
    You wait. After a while, she wipes her eyes with the end of her wrap. # speaker: narrator # person: fatuma sad
+ [Tell her she need not say more, that you believe her, that it was not her fault # evidence: crsv.listening 3]
    ~ trust_up(1)
    You tell her she need not say any more, that you believe her, and that it was not her fault. # speaker: narrator
    Something in her face loosens. # speaker: narrator # person: fatuma sad
    Nobody has said that to me. # speaker: fatuma
- What happens now? # speaker: fatuma # person: fatuma wary
+ [Tell her who can help, and ask what she wants # evidence: crsv.consent 3]
    You tell her quietly who can help: the nurse at the health post, and Ms Duarte, the mission's Women's Protection Adviser. You say who would know, and ask whether she wants to be put in touch, and what may be passed on. # speaker: narrator
    You tell her that the medicine that prevents HIV works only if it is started within 72 hours, so time is short, and that she need not report anything to get care. # speaker: narrator
    {trust >= 1:
        ~ linked_wpa = true
        She thinks. Then she asks for one thing only: Ms Duarte should know that a woman will come to the women's centre tomorrow at ten. Nothing else. # speaker: narrator # person: fatuma hopeful
    - else:
        Not now, she says. But she repeats it under her breath: the health post, the women's centre, three days. # speaker: narrator # person: fatuma wary
    }
+ [Radio Ms Duarte with her name and shelter, so help comes today # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    ~ trust_down(3)
    You key the radio and say her name. Fatuma steps back. # speaker: narrator # person: fatuma angry
    I did not ask you to tell anyone. # speaker: fatuma
+ [Tell her to report it at the base gate tomorrow # evidence: crsv.consent 1]
    At the gate? Everybody sees who goes there. # speaker: fatuma # person: fatuma afraid
    She shakes her head. You chose a route for her; nobody asked what she wanted, or told her that care does not wait for a report. # speaker: narrator
- ~ trust = MIN(trust, 1)
-> photo

// ---------------------------------------------------------------------------------------------------------------
=== photo ===
Fatuma goes back to the others. # speaker: narrator # person: fatuma gone # person: idris gone
Before the patrol leaves, Corporal Kofi Mensah holds up his phone. # speaker: narrator # person: kofi neutral
The public information office wants photos of our patrols with local women, for the mission newsletter. Shall I get one of this group? # speaker: kofi
+ [Yes, a group photo: people should see the mission protects women # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_by = "photo"
    }
    ~ exposed = true
    Kofi takes it. Fatuma is in the front row. She turns her face away, too late. # speaker: narrator # person: kofi calm
+ [Take it from behind, so that no faces show # evidence: crsv.confidentiality 1]
    Kofi takes it from behind. In a site this size, a wrap and a headscarf are enough to tell who is who. # speaker: narrator # person: kofi calm
+ [No. No photos with the women in them # evidence: crsv.confidentiality 3]
    Being seen with the patrol can put them at risk, and one of them has just confided in you. If the newsletter needs a photo, it can have the patrol alone. # speaker: narrator
    Kofi shrugs and puts the phone away. # speaker: narrator # person: kofi calm
    Fair enough. # speaker: kofi
- -> base

// ---------------------------------------------------------------------------------------------------------------
=== base ===
Back at the base. # scene: base # speaker: narrator # person: kofi gone # person: fatuma gone # person: bello gone # person: mariam gone # person: idris gone # person: karimi gone # person: rose gone # person: tamba gone
{response == "ignored":
    Josephine is waiting at the alert network's desk. # speaker: narrator # person: josephine sad
    {at_night:
        The men went back to the western shelters. Two women who were alone were assaulted. The health post is caring for them. # speaker: josephine
    - else:
        The armed men caught up with the women in the woods. Two of them were assaulted before the others could get away. The health post is caring for them. # speaker: josephine
    }
    The woman who called us asked why nobody came. # speaker: josephine
}
~ at_night = false
{
- component == "police":
    Now the UNPOL patrol report. Captain Rahman gets a copy for the joint operations centre. # speaker: narrator # person: josephine gone # person: rahman neutral
- component == "civilian":
    Now your part of the joint patrol report, for Captain Rahman and for your head of office. # speaker: narrator # person: josephine gone # person: rahman neutral
- else:
    Now the patrol report, for Captain Rahman. # speaker: narrator # person: josephine gone # person: rahman neutral
}
Keep it short. One number for the people you engaged, one line for the situation. Headquarters reads fifty of these a day. # speaker: rahman
+ [One total, as the captain asked: "41 civilians engaged" # evidence: patrol.sadd-report 1]
    You write one number. Women, men, girls and boys all disappear into it. # speaker: narrator
+ [Numbers by sex and age, and who spoke with whom # evidence: patrol.sadd-report 3]
    ~ counted = true
    You write it out: the women, men, girls and boys the patrol met, and who spoke with whom. Most were women and girls, and now the report shows it. # speaker: narrator
    It costs Captain Rahman one extra line to read. # speaker: narrator
+ [One line, as asked: "Patrol completed. Situation calm." # evidence: patrol.sadd-report 0]
    You write one line. Nobody reading it will know who the patrol met, or that anyone is at risk. # speaker: narrator
- Next, what happened. # speaker: narrator
{linked_wpa:
    Fatuma asked for one thing only: that Ms Duarte should know a woman will come to the women's centre tomorrow at ten. # speaker: narrator
}
+ [Leave her out, and the threat too: "armed men sighted" # evidence: crsv.confidentiality 2]
    Fatuma is safe from the report. So is the threat to the other women: nobody reading it will see it. # speaker: narrator
+ [Report the threat in full, and nothing that could point to her # evidence: crsv.confidentiality 3]
    You describe the threat in full: the armed men, where and when they threaten women, and the alert. Of Fatuma, the report carries only what she agreed to pass on, and nothing that could lead anyone to her. # speaker: narrator
+ [Add her name and shelter, so Ms Duarte can find her # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_by = "report"
    }
    ~ exposed = true
    Her name and shelter number go into the report, which is copied to a dozen offices. # speaker: narrator
+ [No name, only a hint: western shelters, husband away # evidence: crsv.confidentiality 1]
    No name. But in Mirambe, that description fits one woman. # speaker: narrator
- Last, what the women told the patrol, and what you recommend. # speaker: narrator
+ [Mr Tamba's view: the women are fine; the road is the problem # evidence: patrol.sadd-report 1 # evidence: patrol.consult-women 1]
    The report recommends more patrols on the main road. The women who go to the woods are not in it. # speaker: narrator
+ [The armed men only: women's routines are not a security matter # evidence: patrol.sadd-report 1 # evidence: patrol.early-warning 1]
    The report says nothing about the women at all. The next patrol will be planned as if they were not there. # speaker: narrator
+ {signs} [The warning signs, what the women asked for, and patrols planned with them # evidence: patrol.sadd-report 3 # evidence: patrol.early-warning 3]
    ~ pattern = true
    You list the signs you noted, such as the change in women's hours and the searches of shelters where women are alone. Then what the women asked for, in their words. # speaker: narrator
    You recommend patrols where and when women are at risk, with women on them, planned with the women's committee. # speaker: narrator
+ {not signs} [Fewer women seem to use the trail; ask the women's committee why # evidence: patrol.sadd-report 2]
    It is a start. Without the signs themselves, it is thin. # speaker: narrator
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> identity_exposed
- response == "ignored":
    -> alert_ignored
- forced || trust == 0:
    -> trust_lost
- counted && pattern && response == "in-time":
    -> women_protected
- counted && pattern:
    -> pattern_seen
- response == "in-time":
    -> safe_today
- else:
    -> calm_on_paper
}

=== women_protected ===
Captain Rahman reads the report twice. Then he sends for Sergeant Bello. # speaker: narrator # person: rahman calm
From next week, a patrol with women on it walks the trail at first light, on the days the women's committee chooses. # speaker: narrator
Women go back to the woods at first light. The price of firewood at the market falls. # speaker: narrator
{linked_wpa:
    At ten the next morning, a woman comes to the women's centre and asks for Ms Duarte. You never learn more than she chose to tell. That is how it should be. # speaker: narrator
- else:
    Fatuma knows where help is, and how little time there is. Whether she goes is her decision. # speaker: narrator
}
The patrol was where women were at risk, when they were, and the report made sure others will be too. # speaker: narrator # ending: women-protected
-> END

=== pattern_seen ===
Captain Rahman reads the report twice. # speaker: narrator # person: rahman calm
Today the patrol came too late, and the women paid for it. # speaker: narrator
But the report shows who is at risk, where and when. From next week, patrols with women on them walk the trail at first light. # speaker: narrator
{linked_wpa:
    At ten the next morning, a woman comes to the women's centre and asks for Ms Duarte. # speaker: narrator
}
Next time, the alert network will call the patrol directly, and the patrol will be where the women are. # speaker: narrator # ending: pattern-seen
-> END

=== safe_today ===
Today the patrol was there in time, and the armed men backed off. # speaker: narrator # person: rahman neutral
But the report shows {counted: numbers, |a number, }armed men, and little else. Nobody reading it sees how women have changed their lives around the trail. # speaker: narrator
Next week there is no patrol at first light. The women go on avoiding the trail, or going without. # speaker: narrator
One good morning is not protection. # speaker: narrator # ending: safe-today
-> END

=== calm_on_paper ===
{missed:
    The patrol went where women were not, or when they were not there. # speaker: narrator # person: rahman neutral
- else:
    The patrol met women, but the report does not carry what they said. # speaker: narrator # person: rahman neutral
}
On paper, Mirambe is calm. Nothing in the report shows how women's lives have changed around the trail, or where the next patrol should be. # speaker: narrator
A week later, the next alert comes from the same trail. # speaker: narrator # ending: calm-on-paper
-> END

=== trust_lost ===
{forced:
    You acted for Fatuma without her consent. What she learned today is that talking to the patrol means losing control of her own story. # speaker: narrator
- else:
    The patrol frightened the women, or let others speak over them, and the women drew their own conclusion. # speaker: narrator
}
From then on, women leave the path when a patrol comes. # speaker: narrator
The next time something happens on the trail, nobody tells the UN. # speaker: narrator # ending: trust-lost
-> END

=== alert_ignored ===
A woman used the alert network, as the mission asked her to. Nobody came in time. # speaker: narrator # person: rahman angry
The women of Mirambe stop calling the hotline. # speaker: narrator
Ignoring a clear, imminent threat to women is a critical error, whatever else went well. # speaker: narrator # ending: alert-ignored
-> END

=== identity_exposed ===
{exposed_by == "photo":
    The photo goes into the mission newsletter. Copies reach the market, and the road. # speaker: narrator
- else:
    The report, with her name and shelter, passes through a dozen offices. Someone talks. # speaker: narrator
}
By the end of the week, people at the site know who spoke to the UN, and what about. So, perhaps, do the men on the road. # speaker: narrator
Before dawn, Fatuma leaves the site with what she can carry. # speaker: narrator
Her story was hers to tell. Exposing a survivor's identity without her consent is a critical error, whatever else went well. # speaker: narrator # ending: identity-exposed
-> END
