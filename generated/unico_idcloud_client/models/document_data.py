from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="DocumentData")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "dataExpiracao",
        "dataHabilitacao",
        "dataNascimento",
        "nomeCivil",
        "rgNumero",
        "categoria",
        "cpfNumero",
        "dataEmissao",
        "localEmissao",
        "numero",
        "renachNumero",
        "nomeSocial",
        "filiacao",
        "orgaoEmissor",
        "ufEmissor",
        "carteiraProfissionalNumero",
        "certificadoMilitarNumero",
        "cnsNumero",
        "nisPisPasepNumero",
        "ctpsNumero",
        "ctpsSerie",
        "ctpsUf",
        "tituloEleitorNumero",
        "naturalidade",
        "nacionalidade",
        "nome",
        "sobrenome",
        "paisEmissor",
        "autoridade",
    )
)


@_attrs_define
class DocumentData:
    """Fields extracted by OCR from the captured document. Which appear depends on the document type (doc.code): CNH
    (driving licence), RG (general registration), CIN (national identity card), Passport, or UNKNOWN (no fields). A
    field that could not be extracted is not returned; fields not listed here may appear.

        Attributes:
            data_expiracao (datetime.datetime | Unset): Document expiration date (CNH, CIN, Passport).
            data_habilitacao (datetime.datetime | Unset): Date of the first driving licence (CNH).
            data_nascimento (datetime.datetime | Unset): Person's birth date (all types).
            nome_civil (str | Unset): Person's civil name (CNH, RG, CIN).
            rg_numero (str | Unset): RG number (CNH, CIN).
            categoria (str | Unset): Driving licence category (CNH).
            cpf_numero (str | Unset): CPF number (CNH, RG, CIN).
            data_emissao (datetime.datetime | Unset): Document issue date (all types).
            local_emissao (str | Unset): Document issue location (CNH, CIN).
            numero (str | Unset): Document number (CNH, RG, Passport).
            renach_numero (str | Unset): RENACH number (CNH).
            nome_social (str | Unset): Person's social name (RG, CIN).
            filiacao (list[str] | Unset): Parents' names (CNH, RG, CIN).
            orgao_emissor (str | Unset): Issuing authority (RG, CIN), e.g. "Secretaria Da Segurança Pública (SSP)".
            uf_emissor (str | Unset): Issuing state (RG), e.g. "UF_SP".
            carteira_profissional_numero (str | Unset): Professional licence number (RG).
            certificado_militar_numero (str | Unset): Military certificate number (RG).
            cns_numero (str | Unset): CNS (national health card) number (RG).
            nis_pis_pasep_numero (str | Unset): NIS/PIS/PASEP number (RG).
            ctps_numero (str | Unset): CTPS (work card) number (RG).
            ctps_serie (str | Unset): CTPS (work card) series (RG).
            ctps_uf (str | Unset): CTPS (work card) issuing state (RG).
            titulo_eleitor_numero (str | Unset): Voter registration number (RG).
            naturalidade (str | Unset): Place of birth (RG, CIN, Passport).
            nacionalidade (str | Unset): Nationality (CIN, Passport).
            nome (str | Unset): Given name (Passport).
            sobrenome (str | Unset): Surname (Passport).
            pais_emissor (str | Unset): Issuing country (Passport).
            autoridade (str | Unset): Issuing authority (Passport).
    """

    data_expiracao: datetime.datetime | Unset = UNSET
    data_habilitacao: datetime.datetime | Unset = UNSET
    data_nascimento: datetime.datetime | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nome_civil: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    rg_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    categoria: str | Unset = UNSET
    cpf_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    data_emissao: datetime.datetime | Unset = UNSET
    local_emissao: str | Unset = UNSET
    numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    renach_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nome_social: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    filiacao: list[str] | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    orgao_emissor: str | Unset = UNSET
    uf_emissor: str | Unset = UNSET
    carteira_profissional_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    certificado_militar_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    cns_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nis_pis_pasep_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_serie: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_uf: str | Unset = UNSET
    titulo_eleitor_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    naturalidade: str | Unset = UNSET
    nacionalidade: str | Unset = UNSET
    nome: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    sobrenome: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    pais_emissor: str | Unset = UNSET
    autoridade: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        data_expiracao = self.data_expiracao
        if not isinstance(data_expiracao, Unset):
            field_dict["dataExpiracao"] = data_expiracao.isoformat()
        data_habilitacao = self.data_habilitacao
        if not isinstance(data_habilitacao, Unset):
            field_dict["dataHabilitacao"] = data_habilitacao.isoformat()
        data_nascimento = self.data_nascimento
        if not isinstance(data_nascimento, Unset):
            field_dict["dataNascimento"] = data_nascimento.isoformat()
        nome_civil = self.nome_civil
        if nome_civil is not UNSET:
            field_dict["nomeCivil"] = nome_civil
        rg_numero = self.rg_numero
        if rg_numero is not UNSET:
            field_dict["rgNumero"] = rg_numero
        categoria = self.categoria
        if categoria is not UNSET:
            field_dict["categoria"] = categoria
        cpf_numero = self.cpf_numero
        if cpf_numero is not UNSET:
            field_dict["cpfNumero"] = cpf_numero
        data_emissao = self.data_emissao
        if not isinstance(data_emissao, Unset):
            field_dict["dataEmissao"] = data_emissao.isoformat()
        local_emissao = self.local_emissao
        if local_emissao is not UNSET:
            field_dict["localEmissao"] = local_emissao
        numero = self.numero
        if numero is not UNSET:
            field_dict["numero"] = numero
        renach_numero = self.renach_numero
        if renach_numero is not UNSET:
            field_dict["renachNumero"] = renach_numero
        nome_social = self.nome_social
        if nome_social is not UNSET:
            field_dict["nomeSocial"] = nome_social
        filiacao = self.filiacao
        if filiacao is not UNSET:
            field_dict["filiacao"] = filiacao
        orgao_emissor = self.orgao_emissor
        if orgao_emissor is not UNSET:
            field_dict["orgaoEmissor"] = orgao_emissor
        uf_emissor = self.uf_emissor
        if uf_emissor is not UNSET:
            field_dict["ufEmissor"] = uf_emissor
        carteira_profissional_numero = self.carteira_profissional_numero
        if carteira_profissional_numero is not UNSET:
            field_dict["carteiraProfissionalNumero"] = carteira_profissional_numero
        certificado_militar_numero = self.certificado_militar_numero
        if certificado_militar_numero is not UNSET:
            field_dict["certificadoMilitarNumero"] = certificado_militar_numero
        cns_numero = self.cns_numero
        if cns_numero is not UNSET:
            field_dict["cnsNumero"] = cns_numero
        nis_pis_pasep_numero = self.nis_pis_pasep_numero
        if nis_pis_pasep_numero is not UNSET:
            field_dict["nisPisPasepNumero"] = nis_pis_pasep_numero
        ctps_numero = self.ctps_numero
        if ctps_numero is not UNSET:
            field_dict["ctpsNumero"] = ctps_numero
        ctps_serie = self.ctps_serie
        if ctps_serie is not UNSET:
            field_dict["ctpsSerie"] = ctps_serie
        ctps_uf = self.ctps_uf
        if ctps_uf is not UNSET:
            field_dict["ctpsUf"] = ctps_uf
        titulo_eleitor_numero = self.titulo_eleitor_numero
        if titulo_eleitor_numero is not UNSET:
            field_dict["tituloEleitorNumero"] = titulo_eleitor_numero
        naturalidade = self.naturalidade
        if naturalidade is not UNSET:
            field_dict["naturalidade"] = naturalidade
        nacionalidade = self.nacionalidade
        if nacionalidade is not UNSET:
            field_dict["nacionalidade"] = nacionalidade
        nome = self.nome
        if nome is not UNSET:
            field_dict["nome"] = nome
        sobrenome = self.sobrenome
        if sobrenome is not UNSET:
            field_dict["sobrenome"] = sobrenome
        pais_emissor = self.pais_emissor
        if pais_emissor is not UNSET:
            field_dict["paisEmissor"] = pais_emissor
        autoridade = self.autoridade
        if autoridade is not UNSET:
            field_dict["autoridade"] = autoridade
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        data_expiracao: datetime.datetime | Unset
        _data_expiracao = src_dict.get("dataExpiracao", UNSET)
        if _data_expiracao is UNSET:
            data_expiracao = UNSET
        else:
            data_expiracao = datetime.datetime.fromisoformat(_data_expiracao)

        data_habilitacao: datetime.datetime | Unset
        _data_habilitacao = src_dict.get("dataHabilitacao", UNSET)
        if _data_habilitacao is UNSET:
            data_habilitacao = UNSET
        else:
            data_habilitacao = datetime.datetime.fromisoformat(_data_habilitacao)

        data_nascimento: datetime.datetime | Unset
        _data_nascimento = src_dict.get("dataNascimento", UNSET)
        if _data_nascimento is UNSET:
            data_nascimento = UNSET
        else:
            data_nascimento = datetime.datetime.fromisoformat(_data_nascimento)

        nome_civil = src_dict.get("nomeCivil", UNSET)
        if nome_civil is not UNSET and not isinstance(nome_civil, str):
            raise TypeError("DocumentData.nomeCivil is not a string")

        rg_numero = src_dict.get("rgNumero", UNSET)
        if rg_numero is not UNSET and not isinstance(rg_numero, str):
            raise TypeError("DocumentData.rgNumero is not a string")

        categoria = src_dict.get("categoria", UNSET)
        if categoria is not UNSET and not isinstance(categoria, str):
            raise TypeError("DocumentData.categoria is not a string")

        cpf_numero = src_dict.get("cpfNumero", UNSET)
        if cpf_numero is not UNSET and not isinstance(cpf_numero, str):
            raise TypeError("DocumentData.cpfNumero is not a string")

        data_emissao: datetime.datetime | Unset
        _data_emissao = src_dict.get("dataEmissao", UNSET)
        if _data_emissao is UNSET:
            data_emissao = UNSET
        else:
            data_emissao = datetime.datetime.fromisoformat(_data_emissao)

        local_emissao = src_dict.get("localEmissao", UNSET)
        if local_emissao is not UNSET and not isinstance(local_emissao, str):
            raise TypeError("DocumentData.localEmissao is not a string")

        numero = src_dict.get("numero", UNSET)
        if numero is not UNSET and not isinstance(numero, str):
            raise TypeError("DocumentData.numero is not a string")

        renach_numero = src_dict.get("renachNumero", UNSET)
        if renach_numero is not UNSET and not isinstance(renach_numero, str):
            raise TypeError("DocumentData.renachNumero is not a string")

        nome_social = src_dict.get("nomeSocial", UNSET)
        if nome_social is not UNSET and not isinstance(nome_social, str):
            raise TypeError("DocumentData.nomeSocial is not a string")

        filiacao = src_dict.get("filiacao", UNSET)
        if filiacao is not UNSET:
            if not isinstance(filiacao, list):
                raise TypeError("DocumentData.filiacao is not an array")
            for _item in filiacao:
                if not isinstance(_item, str):
                    raise TypeError("DocumentData.filiacao holds a value that is not a string")

        orgao_emissor = src_dict.get("orgaoEmissor", UNSET)
        if orgao_emissor is not UNSET and not isinstance(orgao_emissor, str):
            raise TypeError("DocumentData.orgaoEmissor is not a string")

        uf_emissor = src_dict.get("ufEmissor", UNSET)
        if uf_emissor is not UNSET and not isinstance(uf_emissor, str):
            raise TypeError("DocumentData.ufEmissor is not a string")

        carteira_profissional_numero = src_dict.get("carteiraProfissionalNumero", UNSET)
        if carteira_profissional_numero is not UNSET and not isinstance(carteira_profissional_numero, str):
            raise TypeError("DocumentData.carteiraProfissionalNumero is not a string")

        certificado_militar_numero = src_dict.get("certificadoMilitarNumero", UNSET)
        if certificado_militar_numero is not UNSET and not isinstance(certificado_militar_numero, str):
            raise TypeError("DocumentData.certificadoMilitarNumero is not a string")

        cns_numero = src_dict.get("cnsNumero", UNSET)
        if cns_numero is not UNSET and not isinstance(cns_numero, str):
            raise TypeError("DocumentData.cnsNumero is not a string")

        nis_pis_pasep_numero = src_dict.get("nisPisPasepNumero", UNSET)
        if nis_pis_pasep_numero is not UNSET and not isinstance(nis_pis_pasep_numero, str):
            raise TypeError("DocumentData.nisPisPasepNumero is not a string")

        ctps_numero = src_dict.get("ctpsNumero", UNSET)
        if ctps_numero is not UNSET and not isinstance(ctps_numero, str):
            raise TypeError("DocumentData.ctpsNumero is not a string")

        ctps_serie = src_dict.get("ctpsSerie", UNSET)
        if ctps_serie is not UNSET and not isinstance(ctps_serie, str):
            raise TypeError("DocumentData.ctpsSerie is not a string")

        ctps_uf = src_dict.get("ctpsUf", UNSET)
        if ctps_uf is not UNSET and not isinstance(ctps_uf, str):
            raise TypeError("DocumentData.ctpsUf is not a string")

        titulo_eleitor_numero = src_dict.get("tituloEleitorNumero", UNSET)
        if titulo_eleitor_numero is not UNSET and not isinstance(titulo_eleitor_numero, str):
            raise TypeError("DocumentData.tituloEleitorNumero is not a string")

        naturalidade = src_dict.get("naturalidade", UNSET)
        if naturalidade is not UNSET and not isinstance(naturalidade, str):
            raise TypeError("DocumentData.naturalidade is not a string")

        nacionalidade = src_dict.get("nacionalidade", UNSET)
        if nacionalidade is not UNSET and not isinstance(nacionalidade, str):
            raise TypeError("DocumentData.nacionalidade is not a string")

        nome = src_dict.get("nome", UNSET)
        if nome is not UNSET and not isinstance(nome, str):
            raise TypeError("DocumentData.nome is not a string")

        sobrenome = src_dict.get("sobrenome", UNSET)
        if sobrenome is not UNSET and not isinstance(sobrenome, str):
            raise TypeError("DocumentData.sobrenome is not a string")

        pais_emissor = src_dict.get("paisEmissor", UNSET)
        if pais_emissor is not UNSET and not isinstance(pais_emissor, str):
            raise TypeError("DocumentData.paisEmissor is not a string")

        autoridade = src_dict.get("autoridade", UNSET)
        if autoridade is not UNSET and not isinstance(autoridade, str):
            raise TypeError("DocumentData.autoridade is not a string")

        if cls is DocumentData:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            document_data = _new_object(cls)
            document_data.data_expiracao = data_expiracao
            document_data.data_habilitacao = data_habilitacao
            document_data.data_nascimento = data_nascimento
            document_data.nome_civil = nome_civil
            document_data.rg_numero = rg_numero
            document_data.categoria = categoria
            document_data.cpf_numero = cpf_numero
            document_data.data_emissao = data_emissao
            document_data.local_emissao = local_emissao
            document_data.numero = numero
            document_data.renach_numero = renach_numero
            document_data.nome_social = nome_social
            document_data.filiacao = filiacao
            document_data.orgao_emissor = orgao_emissor
            document_data.uf_emissor = uf_emissor
            document_data.carteira_profissional_numero = carteira_profissional_numero
            document_data.certificado_militar_numero = certificado_militar_numero
            document_data.cns_numero = cns_numero
            document_data.nis_pis_pasep_numero = nis_pis_pasep_numero
            document_data.ctps_numero = ctps_numero
            document_data.ctps_serie = ctps_serie
            document_data.ctps_uf = ctps_uf
            document_data.titulo_eleitor_numero = titulo_eleitor_numero
            document_data.naturalidade = naturalidade
            document_data.nacionalidade = nacionalidade
            document_data.nome = nome
            document_data.sobrenome = sobrenome
            document_data.pais_emissor = pais_emissor
            document_data.autoridade = autoridade
            document_data.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            document_data = cls(
                data_expiracao,
                data_habilitacao,
                data_nascimento,
                nome_civil,
                rg_numero,
                categoria,
                cpf_numero,
                data_emissao,
                local_emissao,
                numero,
                renach_numero,
                nome_social,
                filiacao,
                orgao_emissor,
                uf_emissor,
                carteira_profissional_numero,
                certificado_militar_numero,
                cns_numero,
                nis_pis_pasep_numero,
                ctps_numero,
                ctps_serie,
                ctps_uf,
                titulo_eleitor_numero,
                naturalidade,
                nacionalidade,
                nome,
                sobrenome,
                pais_emissor,
                autoridade,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            document_data.additional_properties = _extra
        return document_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
