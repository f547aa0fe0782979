/* nv-agenda-item.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_AGENDA_ITEM (nv_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (NvAgendaItem, nv_agenda_item, NV, AGENDA_ITEM, NvRecord)

NvAgendaItem       *nv_agenda_item_new                (void);
const char         *nv_agenda_item_get_title          (NvAgendaItem *self);
void                nv_agenda_item_set_title          (NvAgendaItem *self,
                                                       const char   *title);
int                 nv_agenda_item_get_duration       (NvAgendaItem *self);
void                nv_agenda_item_set_duration       (NvAgendaItem *self,
                                                       int           duration);
NvItemKind          nv_agenda_item_get_kind           (NvAgendaItem *self);
void                nv_agenda_item_set_kind           (NvAgendaItem *self,
                                                       NvItemKind    kind);
NvLead              nv_agenda_item_get_lead           (NvAgendaItem *self);
void                nv_agenda_item_set_lead           (NvAgendaItem *self,
                                                       NvLead        lead);
const char         *nv_agenda_item_get_lead_person    (NvAgendaItem *self);
void                nv_agenda_item_set_lead_person    (NvAgendaItem *self,
                                                       const char   *lead_person);
const char         *nv_agenda_item_get_lead_text      (NvAgendaItem *self);
void                nv_agenda_item_set_lead_text      (NvAgendaItem *self,
                                                       const char   *lead_text);
const char         *nv_agenda_item_get_notes          (NvAgendaItem *self);
void                nv_agenda_item_set_notes          (NvAgendaItem *self,
                                                       const char   *notes);
const char         *nv_agenda_item_get_case_number    (NvAgendaItem *self);
void                nv_agenda_item_set_case_number    (NvAgendaItem *self,
                                                       const char   *case_number);
const char * const *nv_agenda_item_get_attachments    (NvAgendaItem *self);
void                nv_agenda_item_set_attachments    (NvAgendaItem       *self,
                                                       const char * const *attachments);
const char         *nv_agenda_item_get_background     (NvAgendaItem *self);
void                nv_agenda_item_set_background     (NvAgendaItem *self,
                                                       const char   *background);
const char         *nv_agenda_item_get_recommendation (NvAgendaItem *self);
void                nv_agenda_item_set_recommendation (NvAgendaItem *self,
                                                       const char   *recommendation);
const char         *nv_agenda_item_get_decision       (NvAgendaItem *self);
void                nv_agenda_item_set_decision       (NvAgendaItem *self,
                                                       const char   *decision);
const char         *nv_agenda_item_get_minutes_notes  (NvAgendaItem *self);
void                nv_agenda_item_set_minutes_notes  (NvAgendaItem *self,
                                                       const char   *minutes_notes);

G_END_DECLS
