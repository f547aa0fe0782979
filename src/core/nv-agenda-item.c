/* nv-agenda-item.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda-item.h"
#include "nv-person.h"

/* One item of a meeting's agenda, with its minutes. */
struct _NvAgendaItem
{
  NvRecord parent_instance;

  char *title;
  int duration;
  NvItemKind kind;
  NvLead lead;
  char *lead_person;
  char *lead_text;
  char *notes;
  char *case_number;
  char **attachments;
  char *background;
  char *recommendation;
  char *decision;
  char *minutes_notes;
};

G_DEFINE_FINAL_TYPE (NvAgendaItem, nv_agenda_item, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DURATION,
  PROP_KIND,
  PROP_LEAD,
  PROP_LEAD_PERSON,
  PROP_LEAD_TEXT,
  PROP_NOTES,
  PROP_CASE_NUMBER,
  PROP_ATTACHMENTS,
  PROP_BACKGROUND,
  PROP_RECOMMENDATION,
  PROP_DECISION,
  PROP_MINUTES_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_agenda_item_class_init (NvAgendaItemClass *klass)
{
  properties[PROP_TITLE] =
    nv_field_string ("title", N_("Title"), G_STRUCT_OFFSET (NvAgendaItem, title));
  properties[PROP_DURATION] =
    nv_field_duration ("duration", N_("Duration"), G_STRUCT_OFFSET (NvAgendaItem, duration));
  properties[PROP_KIND] =
    nv_field_enum ("kind", N_("Kind"), NV_TYPE_ITEM_KIND, G_STRUCT_OFFSET (NvAgendaItem, kind));
  properties[PROP_LEAD] =
    nv_field_enum ("lead", N_("Led by"), NV_TYPE_LEAD, G_STRUCT_OFFSET (NvAgendaItem, lead));
  properties[PROP_LEAD_PERSON] =
    nv_field_ref ("lead-person", N_("Leading person"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvAgendaItem, lead_person));
  properties[PROP_LEAD_TEXT] =
    nv_field_string ("lead-text", N_("Led by (text)"), G_STRUCT_OFFSET (NvAgendaItem, lead_text));
  properties[PROP_NOTES] =
    nv_field_string ("notes", N_("Notes"), G_STRUCT_OFFSET (NvAgendaItem, notes));
  properties[PROP_CASE_NUMBER] =
    nv_field_string ("case-number", N_("Case number"), G_STRUCT_OFFSET (NvAgendaItem, case_number));
  properties[PROP_ATTACHMENTS] =
    nv_field_strv ("attachments", N_("Attachments"), G_STRUCT_OFFSET (NvAgendaItem, attachments));
  properties[PROP_BACKGROUND] =
    nv_field_string ("background", N_("Background"), G_STRUCT_OFFSET (NvAgendaItem, background));
  properties[PROP_RECOMMENDATION] =
    nv_field_string ("recommendation", N_("Recommendation"), G_STRUCT_OFFSET (NvAgendaItem, recommendation));
  properties[PROP_DECISION] =
    nv_field_string ("decision", N_("Decision"), G_STRUCT_OFFSET (NvAgendaItem, decision));
  properties[PROP_MINUTES_NOTES] =
    nv_field_string ("minutes-notes", N_("Minutes notes"), G_STRUCT_OFFSET (NvAgendaItem, minutes_notes));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "a", N_PROPS, properties);
}

static void
nv_agenda_item_init (NvAgendaItem *self)
{
}

NvAgendaItem *
nv_agenda_item_new (void)
{
  return g_object_new (NV_TYPE_AGENDA_ITEM, NULL);
}

const char *
nv_agenda_item_get_title (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

void
nv_agenda_item_set_title (NvAgendaItem *self,
                          const char *title)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_TITLE], title);
}

int
nv_agenda_item_get_duration (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), 0);

  return self->duration;
}

void
nv_agenda_item_set_duration (NvAgendaItem *self,
                             int duration)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_DURATION], duration);
}

NvItemKind
nv_agenda_item_get_kind (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), 0);

  return self->kind;
}

void
nv_agenda_item_set_kind (NvAgendaItem *self,
                         NvItemKind kind)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_KIND], kind);
}

NvLead
nv_agenda_item_get_lead (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), 0);

  return self->lead;
}

void
nv_agenda_item_set_lead (NvAgendaItem *self,
                         NvLead lead)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_LEAD], lead);
}

const char *
nv_agenda_item_get_lead_person (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->lead_person;
}

void
nv_agenda_item_set_lead_person (NvAgendaItem *self,
                                const char *lead_person)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_LEAD_PERSON], lead_person);
}

const char *
nv_agenda_item_get_lead_text (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->lead_text;
}

void
nv_agenda_item_set_lead_text (NvAgendaItem *self,
                              const char *lead_text)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_LEAD_TEXT], lead_text);
}

const char *
nv_agenda_item_get_notes (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->notes;
}

void
nv_agenda_item_set_notes (NvAgendaItem *self,
                          const char *notes)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NOTES], notes);
}

const char *
nv_agenda_item_get_case_number (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->case_number;
}

void
nv_agenda_item_set_case_number (NvAgendaItem *self,
                                const char *case_number)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_CASE_NUMBER], case_number);
}

const char * const *
nv_agenda_item_get_attachments (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return (const char * const *) self->attachments;
}

void
nv_agenda_item_set_attachments (NvAgendaItem *self,
                                const char * const *attachments)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_strv (NV_RECORD (self), properties[PROP_ATTACHMENTS], attachments);
}

const char *
nv_agenda_item_get_background (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->background;
}

void
nv_agenda_item_set_background (NvAgendaItem *self,
                               const char *background)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_BACKGROUND], background);
}

const char *
nv_agenda_item_get_recommendation (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->recommendation;
}

void
nv_agenda_item_set_recommendation (NvAgendaItem *self,
                                   const char *recommendation)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_RECOMMENDATION], recommendation);
}

const char *
nv_agenda_item_get_decision (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->decision;
}

void
nv_agenda_item_set_decision (NvAgendaItem *self,
                             const char *decision)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_DECISION], decision);
}

const char *
nv_agenda_item_get_minutes_notes (NvAgendaItem *self)
{
  g_return_val_if_fail (NV_IS_AGENDA_ITEM (self), NULL);

  return self->minutes_notes;
}

void
nv_agenda_item_set_minutes_notes (NvAgendaItem *self,
                                  const char *minutes_notes)
{
  g_return_if_fail (NV_IS_AGENDA_ITEM (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_MINUTES_NOTES], minutes_notes);
}
