/**
 * HN header lines (copied from the shared corpus, plus two written for the `—` and `;` separators) with
 * hand-checked expected fields: [line, company, title, location, country, is_remote, work_mode,
 * employment_type, role_family]. The body is a neutral sentence so that role_family comes from the header.
 */
import { describe, expect, it } from 'vitest';
import { normalizePosting } from '../../../pipeline/normalize/index.ts';

type Row = [string, string | null, string | null, string | null, string | null, boolean, string | null, string | null, string];

const rows: Row[] = [
  ["BuzzSumo | Infrastructure Engineer | REMOTE | Full-Time | https://buzzsumo.com","BuzzSumo","Infrastructure Engineer",null,null,true,"remote","full-time","devops_sre"],
  ["Radar | Senior Server Engineer, Lead iOS Engineer | New York, NY | ONSITE | FULL-TIME | https://radar.io/","Radar","Senior Server Engineer / Lead iOS Engineer","New York, NY","US",false,"onsite","full-time","software"],
  ["Potato | Bristol, UK | ONSITE | Programme Lead","Potato","Programme Lead","Bristol, UK","GB",false,"onsite",null,"management"],
  ["TripleLift | Full-Time, NYC or Remote","TripleLift",null,"NYC","US",true,"remote","full-time","other"],
  ["Panopta | Onsite in Chicago | Full-Time | www.panopta.com","Panopta",null,"Chicago","US",false,"onsite","full-time","other"],
  ["Knock.com | Front-end, Data/Platform backend, Senior QA, Machine Learning, Backend Node.js | Full-time | REMOTE (in continental US) | https://www.knock.com/jobs","Knock.com","Front-end / Data/Platform backend / Senior QA / Machine Learning / Backend Node.js","US","US",true,"remote","full-time","software"],
  ["New Relic | SF Bay Area | Full-Time | On-site | https://newrelic.com/","New Relic",null,"SF Bay Area","US",false,"onsite","full-time","other"],
  ["TrustFlight | Leamington Spa, UK (ONSITE) | Full Stack/Front-End Developer & UI/UX Designer | £30-60k + equity","TrustFlight","Full Stack/Front-End Developer / UI/UX Designer","Leamington Spa, UK","GB",false,"onsite",null,"software"],
  ["Skool (https://skool.com) | Senior Backend & Frontend Engineers | Los Angeles (LA) | Full Time | Onsite | 155k-260k","Skool","Senior Backend & Frontend Engineers","Los Angeles (LA)","US",false,"onsite","full-time","software"],
  ["Elicit http://elicitinsights.com | Senior Technology Consultant | Remote | Full-Time","Elicit","Senior Technology Consultant",null,null,true,"remote","full-time","other"],
  ["Whova | San Diego, CA | INTERNS, PART TIME, FULL TIME","Whova",null,"San Diego, CA","US",false,null,"full-time","other"],
  ["AgFlow | Full-stack/Front-end Engineer | Full-time | Geneva (CH)","AgFlow","Full-stack/Front-end Engineer","Geneva (CH)","CH",false,null,"full-time","software"],
  ["GitLab | Remote only | Full time","GitLab",null,null,null,true,"remote","full-time","other"],
  ["Thinknum | Full Time | Onsite | Visa Sponsorship | New York","Thinknum",null,"New York","US",false,"onsite","full-time","other"],
  ["Relayr | Berlin/Munich/Chicago| ONSITE | Full time |https://relayr.io/","Relayr",null,"Berlin / Munich / Chicago","DE",false,"onsite","full-time","other"],
  ["DataDome | NYC / Paris | Full Time | Onsite or Remote https://datadome.co","DataDome",null,"NYC / Paris","US",true,"remote","full-time","other"],
  ["Axial | JavaScript Engineer | New York City (NYC) | REMOTE or ONSITE | Full Time | https://www.axial.net","Axial","JavaScript Engineer","New York City","US",true,"remote","full-time","software"],
  ["Thunderhead | Mobile Engineer, Android Engineer | Manchester, NH, US | Full-time | REMOTE [US only] | https://www.thunderhead.com/","Thunderhead","Mobile Engineer / Android Engineer","Manchester, NH, US","US",true,"remote","full-time","software"],
  ["Software Engineer | Zenysis (YC W16) | SF or Paris | Onsite, Fulltime","Zenysis","Software Engineer","SF / Paris","US",false,"onsite","full-time","software"],
  ["IOMED | Data Engineers | Barcelona (Spain) | Full Time | Onsite","IOMED","Data Engineers","Barcelona (Spain)","ES",false,"onsite","full-time","data_ml"],
  ["Netatmo - Backend software engineer | Paris | Full-time | Onsite","Netatmo","Backend software engineer","Paris","FR",false,"onsite","full-time","software"],
  ["Transview Logistics, LLC | Software Engineer, DevOps | Boulder, CO | Full-time | On-site or Remote | http://transviewlogistics.com","Transview Logistics, LLC","Software Engineer / DevOps","Boulder, CO","US",true,"remote","full-time","software"],
  ["desertcart | Dubai, UAE | Full-time | ONSITE | $70k-$120k | https://www.desertcart.ae/careers","desertcart",null,"Dubai, UAE","AE",false,"onsite","full-time","other"],
  ["London, UK | Investec (https://www.investec.co.uk) | Fintech | Full Stack Engineer | Full Time | Onsite | Permanent","Investec","Full Stack Engineer","London, UK","GB",false,"onsite","full-time","software"],
  ["Polly | Remote US or Canada | Senior Full-stack Engineers, Engineering Manager, PM | Full-time | www.polly.ai","Polly","Senior Full-stack Engineers / Engineering Manager / PM","US / Canada","US",true,"remote","full-time","software"],
  ["TeachBoost | San Diego, CA or New York, NY | Part-Time | Onsite or REMOTE | Customer Support","TeachBoost","Customer Support","San Diego, CA / New York, NY","US",true,"remote","part-time","support_ops"],
  ["Mercari | Tokyo, Japan | Multiple Openings | ONSITE | VISA Support","Mercari","Multiple Openings","Tokyo, Japan","JP",false,"onsite",null,"other"],
  ["AdGear - ONSITE - Senior Backend Engineer (Erlang, C, Rust, Go) - Montreal - FullTime","AdGear","Senior Backend Engineer (Erlang, C, Rust, Go)","Montreal","CA",false,"onsite","full-time","software"],
  ["Crossref (Scholarly infrastructure) | Infrastructure Services Software Developer | Oxford UK or Lynnfield MA or remote | Full time","Crossref (Scholarly infrastructure)","Infrastructure Services Software Developer","Oxford UK / Lynnfield MA","GB",true,"remote","full-time","devops_sre"],
  ["Segment | Engineering | San Francisco, CA; Vancouver, BC; New York, NY | Full-Time | Onsite","Segment","Engineering","San Francisco, CA / Vancouver, BC / New York, NY","US",false,"onsite","full-time","software"],
  ["Hazel Analytics | Data Scientist | Seattle, WA | ONSITE | $100K - $150K + 0.05% - 1% equity (DOE) | https://hazelanalytics.com","Hazel Analytics","Data Scientist","Seattle, WA","US",false,"onsite",null,"data_ml"],
  ["Gro Intelligence | Staff Frontend Engineer | NYC/hybrid | Full-time | $175k-$225k base + equity | React, Typescript","Gro Intelligence","Staff Frontend Engineer / React, Typescript","NYC","US",false,"hybrid","full-time","software"],
  ["Aleph | Remote - US or LATAM | getaleph.com/careers","Aleph",null,"US","US",true,"remote",null,"other"],
  ["Brenger (https://www.brenger.nl) | Senior PHP Engineer | Amsterdam, The Netherlands | ONSITE (hybrid) | visa sponsorship","Brenger","Senior PHP Engineer","Amsterdam, The Netherlands","NL",false,"hybrid",null,"software"],
  ["Supabase (YC S20) || SRE: Security Focus || Fully remote || Full-time || supabase.com","Supabase","SRE: Security Focus",null,null,true,"remote","full-time","security"],
  ["Esperto Medical | https://esperto.health | Los Angeles Area | Hybrid In-office | Senior FPGA/Firmware Engineer","Esperto Medical","Senior FPGA/Firmware Engineer","Los Angeles","US",false,"hybrid",null,"hardware"],
  ["Rescale Supply || Software Engineer || REMOTE (USA only) || Full-time || ~$140k","Rescale Supply","Software Engineer","USA","US",true,"remote","full-time","software"],
  ["Flash Pack | Engineering Manager | London / Remote (+-2GMT) | Full Time","Flash Pack","Engineering Manager","London","GB",true,"remote","full-time","management"],
  ["Monad Labs | NYC, Hybrid 3-days On-Site","Monad Labs",null,"NYC","US",false,"hybrid",null,"other"],
  ["Abnormal Security | REMOTE (US, Canada) with optional offices in SF & NYC | https://grnh.se/58df4b753us","Abnormal Security",null,"US / Canada / SF / NYC","US",true,"remote",null,"other"],
  ["Mixpeek | Remote USA | Full-Time | Founding Computer Vision Engineer","Mixpeek","Founding Computer Vision Engineer","USA","US",true,"remote","full-time","data_ml"],
  ["Senior Software Engineer (Backend or Fullstack) | Splash.tech | remote | full-time | EU timezone","Splash.tech","Senior Software Engineer (Backend or Fullstack)",null,null,true,"remote","full-time","software"],
  ["amo.co / Paris, France / Full-time / Onsite / https://amo.co / Social Networks","amo.co",null,"Paris, France","FR",false,"onsite","full-time","other"],
  ["Kimmel & Associates | $100/hour | Part-Time Remote Contract | Rails/GraphQL","Kimmel & Associates","Rails/GraphQL",null,null,true,"remote","contract","software"],
  ["Ideogram | Full-time | NYC, Toronto | Onsite/ Hybrid | ideogram.ai","Ideogram",null,"NYC / Toronto","US",false,"hybrid","full-time","other"],
  ["Senior React Engineer | Ping Data Intelligence | ONSITE (Miami) or REMOTE | Full-Time | https://www.pingintel.com/","Ping Data Intelligence","Senior React Engineer","Miami","US",true,"remote","full-time","software"],
  ["Booking.com is hiring globally for all kinds of roles. UX Design, Developers (front-end and back-end), Product managers.","Booking.com",null,null,null,false,null,null,"software"],
  ["Alchera | Software Engineer | Full-time | Remote - UK only | https://www.alcheratechnologies.com","Alchera","Software Engineer","UK","GB",true,"remote","full-time","software"],
  ["Acme Robotics — Senior Embedded Engineer — Munich, Germany — Contract","Acme Robotics","Senior Embedded Engineer","Munich, Germany","DE",false,null,"contract","hardware"],
  ["Foo Labs; Security Engineer; Tel Aviv, Israel; Hybrid; Full-time","Foo Labs","Security Engineer","Tel Aviv, Israel","IL",false,"hybrid","full-time","security"],
];

describe('HN header lines', () => {
  it.each(rows)('%s', (line, company, title, location, country, isRemote, workMode, employment, family) => {
    const o = normalizePosting({ source: 'hn_whoishiring', text: `${line}\n\nWe build things.`, title: null, company: null, location: null, country: null });
    expect({ company: o.company, title: o.title, location: o.location, country: o.country, is_remote: o.is_remote, work_mode: o.work_mode, employment_type: o.employment_type, role_family: o.role_family })
      .toEqual({ company, title, location, country, is_remote: isRemote, work_mode: workMode, employment_type: employment, role_family: family });
  });

  it('covers at least 40 lines', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
});
