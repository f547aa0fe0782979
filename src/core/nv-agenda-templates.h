/* nv-agenda-templates.h: agendas to start a meeting from
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting.h"
#include "nv-plan.h"
#include "nv-template.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  int         duration;  /* -1: untimed */
  NvItemKind  kind;
  NvLead      lead;
  const char *lead_text;
  const char *notes;
} NvTemplateItem;

typedef struct
{
  const char           *id;
  const char           *name;    /* translatable */
  const char           *source;  /* the seed's author, translatable; NULL for our own */
  int                   start;   /* a start the seed gives, or -1 */
  const NvTemplateItem *items;
  guint                 n_items;
} NvAgendaTemplate;

const NvAgendaTemplate *nv_agenda_templates_get_builtin (guint                  *n_templates);
const NvAgendaTemplate *nv_agenda_templates_lookup      (const char             *id);
void                    nv_agenda_template_apply        (const NvAgendaTemplate *template,
                                                         NvMeeting              *meeting);
NvTemplate             *nv_agenda_template_to_record    (const NvAgendaTemplate *template);

void                    nv_template_apply               (NvTemplate             *template,
                                                         NvMeeting              *meeting);
NvTemplate             *nv_template_new_from_meeting    (NvMeeting              *meeting,
                                                         const char             *name);

NvPlan                 *nv_user_templates_load          (GError                **error);
gboolean                nv_user_templates_save          (NvPlan                 *templates,
                                                         GError                **error);

G_END_DECLS
