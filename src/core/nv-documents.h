/* nv-documents.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-document.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_DOCUMENTS_ERROR (nv_documents_error_quark ())

typedef enum
{
  NV_DOCUMENTS_ERROR_NEEDS_MEETING,
  NV_DOCUMENTS_ERROR_UNKNOWN_KIND,
} NvDocumentsError;

typedef enum
{
  NV_DOCUMENT_AGENDA,
  NV_DOCUMENT_INVITATION,
  NV_DOCUMENT_CONTACTS,
  NV_DOCUMENT_PLAN,
  NV_DOCUMENT_MINUTES,
} NvDocumentKind;

GQuark      nv_documents_error_quark      (void);
gboolean    nv_document_kind_from_string  (const char      *name,
                                           NvDocumentKind  *kind);

void        nv_document_append_agenda     (NvDocument      *document,
                                           NvPlan          *plan,
                                           NvMeeting       *meeting);
NvDocument *nv_document_new_agenda        (NvPlan          *plan,
                                           NvMeeting       *meeting,
                                           gboolean         large_print);
NvDocument *nv_document_new_invitations   (NvPlan          *plan,
                                           NvMeeting       *meeting,
                                           gboolean         one_per_person,
                                           GError         **error);
NvDocument *nv_document_new_letters       (NvPlan          *plan,
                                           NvMeeting       *meeting,
                                           const char      *template_text,
                                           gboolean         one_per_person,
                                           gboolean         with_agenda,
                                           GError         **error);
void        nv_document_append_letter     (NvDocument      *document,
                                           const char      *letter);
NvDocument *nv_document_new_contacts      (NvPlan          *plan,
                                           NvNetwork       *network);
NvDocument *nv_document_new_series_plan   (NvPlan          *plan,
                                           NvNetwork       *network);
NvDocument *nv_document_new_minutes       (NvPlan          *plan,
                                           NvMeeting       *meeting);
NvDocument *nv_document_new_of_kind       (NvDocumentKind   kind,
                                           NvPlan          *plan,
                                           NvMeeting       *meeting,
                                           NvNetwork       *network,
                                           GError         **error);

G_END_DECLS
